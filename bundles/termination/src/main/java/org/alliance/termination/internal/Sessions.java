package org.alliance.termination.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AllianceException;
import org.alliance.api.core.Engagement;
import org.alliance.api.notes.NotesService;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.scheduling.Scope;
import org.alliance.termination.internal.store.PlanRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the termination workflow asks of the calendar, when the scheduling module is installed:
 * closure sessions held, the last session of an engagement, and cancelling what is still booked
 * once it ends. Without scheduling every answer is "unknown" and nothing is cancelled.
 */
final class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
    /** The scheduling service answers ranges of at most a year. */
    private static final Duration YEAR = Duration.ofDays(365);

    private final Supplier<SchedulingService> scheduling;

    Sessions(Supplier<SchedulingService> scheduling) {
        this.scheduling = scheduling;
    }

    /** Closure sessions of the plan's engagement held so far, or {@code null} when the calendar cannot tell. */
    Integer heldClosureSessions(Actor actor, PlanRow plan, Instant now) {
        List<Appointment> past = appointments(actor, plan.therapistId(), plan.clientId(), plan.engagementId(), now.minus(YEAR), now);
        return past == null ? null : (int) past.stream()
                .filter(a -> a.kind() == AppointmentKind.TERMINATION_SESSION && held(a, now)).count();
    }

    /**
     * The day of the engagement's last session held, today when one is booked ahead (a client with a
     * next session is not left alone), or {@code null} when nothing tells. Falls back to the last
     * signed note when the calendar is not installed.
     */
    LocalDate lastHeld(Actor actor, Engagement e, Supplier<NotesService> notes, Instant now, ZoneId zone) {
        List<Appointment> around = appointments(actor, e.therapistId(), e.clientId(), e.id(), now.minus(YEAR), now.plus(YEAR));
        if (around != null) {
            if (around.stream().anyMatch(a -> a.status() == AppointmentStatus.BOOKED && a.start().isAfter(now))) {
                return LocalDate.ofInstant(now, zone);
            }
            return around.stream().filter(a -> held(a, now)).map(Appointment::start).max(Comparator.naturalOrder())
                    .map(start -> LocalDate.ofInstant(start, zone)).orElse(null);
        }
        NotesService record = notes.get();
        if (record == null) {
            return null;
        }
        try {
            return record.facts(actor, e.id()).signedNotes().stream().map(n -> n.signedAt()).max(Comparator.naturalOrder())
                    .map(at -> LocalDate.ofInstant(at, zone)).orElse(null);
        } catch (AllianceException refused) {
            return null;
        }
    }

    /**
     * Cancels every appointment of the plan's engagement still booked after {@code now}, one call per
     * series (this and the following) so that the client hears once per series, not once per week.
     *
     * @return how many appointments were cancelled
     */
    int cancelFuture(Actor actor, PlanRow plan, Instant now) {
        SchedulingService calendar = scheduling.get();
        List<Appointment> ahead = appointments(actor, plan.therapistId(), plan.clientId(), plan.engagementId(), now, now.plus(YEAR));
        if (calendar == null || ahead == null) {
            return 0;
        }
        Set<UUID> seriesDone = new HashSet<>();
        int cancelled = 0;
        for (Appointment a : ahead.stream().filter(a -> a.status() == AppointmentStatus.BOOKED && a.start().isAfter(now))
                .sorted(Comparator.comparing(Appointment::start)).toList()) {
            boolean series = a.seriesId() != null;
            if (series && !seriesDone.add(a.seriesId())) {
                continue;
            }
            try {
                cancelled += calendar.cancel(actor, a.id(), new Cancellation("Therapy has ended", Initiator.THERAPIST,
                        series ? Scope.THIS_AND_FOLLOWING : Scope.THIS)).size();
            } catch (AllianceException e) {
                LOG.warn("Could not cancel appointment {} after its engagement {} ended: {}", a.id(), plan.engagementId(),
                        e.getMessage());
            }
        }
        return cancelled;
    }

    private static boolean held(Appointment a, Instant now) {
        return a.status() == AppointmentStatus.ATTENDED || (a.status() == AppointmentStatus.BOOKED && a.end().isBefore(now));
    }

    /** The engagement's appointments in the range, or {@code null} when scheduling is absent or refuses. */
    private List<Appointment> appointments(Actor actor, UUID therapistId, UUID clientId, UUID engagementId, Instant from,
            Instant to) {
        SchedulingService calendar = scheduling.get();
        if (calendar == null) {
            return null;
        }
        try {
            return calendar.find(actor, therapistId, clientId, from, to).stream()
                    .filter(a -> engagementId.equals(a.engagementId())).toList();
        } catch (AllianceException refused) {
            return null;
        }
    }
}
