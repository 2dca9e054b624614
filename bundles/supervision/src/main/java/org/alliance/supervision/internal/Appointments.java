package org.alliance.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AllianceException;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.scheduling.Scope;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What supervision asks of the calendar when the scheduling module is installed: a supervisee's
 * attended client sessions (direct client-contact hours), the appointment to be observed, and the
 * observer's own calendar entry for a live observation. Without scheduling, hours come only from
 * hand logs and observations cannot be requested.
 */
final class Appointments {

    private static final Logger LOG = LoggerFactory.getLogger(Appointments.class);
    /** The scheduling service answers ranges of at most 366 days. */
    private static final Duration CHUNK = Duration.ofDays(365);

    private final Supplier<SchedulingService> scheduling;

    Appointments(Supplier<SchedulingService> scheduling) {
        this.scheduling = scheduling;
    }

    boolean installed() {
        return scheduling.get() != null;
    }

    /**
     * The practitioner's attended client appointments (sessions, intakes, closing sessions they held)
     * from {@code from} until {@code now}, as direct client-contact time; empty without scheduling.
     * Asked as {@code actor}, so scheduling shows and audits exactly what that reader may see (a
     * supervisor sees times and status, not clients).
     */
    List<ClientHours> attended(Actor actor, UUID practitionerId, LocalDate from, Instant now, ZoneId zone) {
        SchedulingService calendar = scheduling.get();
        List<ClientHours> found = new ArrayList<>();
        if (calendar == null || from == null) {
            return found;
        }
        Instant cursor = from.atStartOfDay(zone).toInstant();
        while (cursor.isBefore(now)) {
            Instant to = cursor.plus(CHUNK).isBefore(now) ? cursor.plus(CHUNK) : now;
            for (Appointment a : calendar.find(actor, practitionerId, null, cursor, to)) {
                if (a.kind().withClient() && a.status() == AppointmentStatus.ATTENDED && practitionerId.equals(a.therapistId())) {
                    found.add(new ClientHours(null, practitionerId, LocalDate.ofInstant(a.start(), zone),
                            (int) Duration.between(a.start(), a.end()).toMinutes(), ContactKind.DIRECT, a.id(), null));
                }
            }
            cursor = to;
        }
        return found;
    }

    /** The appointment as {@code actor} may see it. */
    Appointment get(Actor actor, UUID appointmentId) {
        return require("observing a session").get(actor, appointmentId);
    }

    /**
     * Books the observer's own calendar entry for a live observation: a supervision meeting at the
     * appointment's time, without a room (the session holds it). Scheduling refuses it when the
     * observer is busy then.
     *
     * @return the entry's id, or {@code null} without scheduling
     */
    UUID bookObserver(Actor observer, Appointment observed) {
        SchedulingService calendar = scheduling.get();
        if (calendar == null) {
            return null;
        }
        int minutes = (int) Duration.between(observed.start(), observed.end()).toMinutes();
        Location location = observed.location() == null ? Location.IN_PERSON : observed.location();
        return calendar.book(observer, new NewAppointment(null, observed.start().atOffset(ZoneOffset.UTC), minutes,
                AppointmentKind.SUPERVISION, location, null, null, observer.userId(), List.of())).appointment().id();
    }

    /** Cancels the observer's entry; a failure is logged, since the observation's own state is already right. */
    void cancelObserver(UUID meetingId, String reason) {
        SchedulingService calendar = scheduling.get();
        if (calendar == null || meetingId == null) {
            return;
        }
        try {
            calendar.cancel(People.MODULE, meetingId, new Cancellation(reason, Initiator.PRACTICE, Scope.THIS));
        } catch (AllianceException e) {
            LOG.warn("Could not cancel the observer's calendar entry {}: {}", meetingId, e.getMessage());
        }
    }

    private SchedulingService require(String needed) {
        SchedulingService calendar = scheduling.get();
        if (calendar == null) {
            throw new ModuleMissingException("scheduling", needed);
        }
        return calendar;
    }
}
