package org.alliance.supervision.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.User;
import org.alliance.api.notify.Message;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.supervision.NewObservation;
import org.alliance.api.supervision.Observation;
import org.alliance.api.supervision.ObservationMode;
import org.alliance.api.supervision.ObservationStatus;
import org.alliance.api.supervision.SupervisionEvents;
import org.alliance.supervision.internal.store.ObservationRepository;
import org.alliance.supervision.internal.store.ObservationRow;

/**
 * Live observation (seed: "request another professional to observe a session"): the practitioner
 * who holds a session asks a supervisor to observe it, only once the client's consent is
 * recorded; the observer accepts (a live observation then joins their calendar as a supervision
 * meeting at the session's time) or declines, and once the session has begun records what they
 * observed and any intervention. Only the two of them read the request; the client is never named.
 */
final class ObservationDesk {

    private static final int MAX_TEXT = 10_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final ObservationRepository store;
    private final Appointments appointments;
    private final People people;
    private final AuditLog audit;
    private final Announcer announcer;
    private final Practice practice;
    private final Clock clock;

    ObservationDesk(ObservationRepository store, Appointments appointments, People people, AuditLog audit,
            Announcer announcer, Practice practice, Clock clock) {
        this.store = store;
        this.appointments = appointments;
        this.people = people;
        this.audit = audit;
        this.announcer = announcer;
        this.practice = practice;
        this.clock = clock;
    }

    Observation request(Actor actor, NewObservation input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.appointmentId() != null, "appointmentId", "is required");
        require(input.observerId() != null, "observerId", "is required");
        require(input.mode() != null, "mode", "is required: OBSERVE, MAY_INTERVENE or RECORDING_REVIEW");
        Appointment appointment = appointments.get(actor, input.appointmentId());
        if (!appointment.kind().withClient() || actor.userId() == null || !actor.userId().equals(appointment.therapistId())) {
            audit.record(new AuditRecord(actor, "supervision.observation.request", "appointment", appointment.id(),
                    appointment.clientId(), AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the practitioner who holds a client session asks for it to be observed.");
        }
        Instant now = clock.instant();
        require(appointment.status() == AppointmentStatus.BOOKED, "appointmentId", "the appointment is "
                + appointment.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; only a booked one can be observed");
        require(appointment.start().isAfter(now), "appointmentId", "the appointment has already begun; ask before a session");
        User observer = people.find(input.observerId()).orElseThrow(() -> new InvalidInputException("observerId",
                "there is no such practitioner"));
        require(observer.active(), "observerId", observer.displayName() + "'s account is deactivated");

        List<Violation> violations = new ArrayList<>();
        if (!input.clientConsent()) {
            violations.add(new Violation("client-consent-missing", "The client's consent to being observed is not recorded; "
                    + "ask the client first, then record it (clientConsent: true)."));
        }
        if (!observer.roles().contains(Role.SUPERVISOR)) {
            violations.add(new Violation("observer-not-supervisor", observer.displayName()
                    + " is not a supervisor; ask a supervisor to observe."));
        }
        if (observer.id().equals(actor.userId())) {
            violations.add(new Violation("observer-is-requester", "You cannot observe your own session; ask a supervisor."));
        }
        if (!violations.isEmpty()) {
            audit.record(new AuditRecord(actor, "supervision.observation.request", "appointment", appointment.id(),
                    appointment.clientId(), AuditOutcome.DENIED, "refused: " + violations.stream().map(Violation::code)
                            .collect(Collectors.joining(", ")), false));
            List<String> reasons = violations.stream().map(Violation::text).toList();
            throw new RuleViolationException("This observation cannot be requested: " + String.join(" ", reasons), reasons);
        }
        if (store.hasOpen(appointment.id(), observer.id())) {
            throw new ConflictException(observer.displayName() + " has already been asked to observe this session.");
        }
        ObservationRow row = new ObservationRow(UUID.randomUUID(), appointment.id(), appointment.clientId(),
                appointment.start(), appointment.end(), actor.userId(), observer.id(), input.mode(),
                ObservationStatus.REQUESTED, now, null, null, null, now);
        store.insert(row);
        audit.record(AuditRecord.success(actor, "supervision.observation.request", "observation", row.id(), row.clientId()));
        post(SupervisionEvents.OBSERVATION_REQUESTED, row, actor, now);
        announcer.tell(actor, observer.id(), new Message("supervision.observation", "Asked to observe a session",
                actor.displayName() + " asks you to observe a session on " + when(row.start()) + " (" + words(row.mode())
                        + "). The client has consented. Accept or decline it on the Supervision page.", "/supervision"));
        return view(row);
    }

    /** The requests the actor made or was asked, soonest first; each read audited. */
    List<Observation> list(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        List<Observation> result = new ArrayList<>();
        for (ObservationRow row : store.involving(actor.userId())) {
            audit.record(AuditRecord.success(actor, "supervision.observation.read", "observation", row.id(), row.clientId()));
            result.add(view(row));
        }
        return result;
    }

    Observation answer(Actor actor, UUID observationId, boolean accept) {
        ObservationRow row = asObserver(actor, observationId, "supervision.observation.answer");
        if (row.status() != ObservationStatus.REQUESTED) {
            throw new ConflictException("This request is already " + row.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        Instant now = clock.instant();
        UUID meeting = null;
        if (accept && row.mode() != ObservationMode.RECORDING_REVIEW) {
            if (!row.start().isAfter(now)) {
                throw new ConflictException("The session has already begun; a live observation is accepted before it.");
            }
            if (appointments.installed()) {
                Appointment observed = appointments.get(People.MODULE, row.appointmentId());
                if (observed.status() != AppointmentStatus.BOOKED) {
                    throw new ConflictException("The session is no longer booked; there is nothing to observe.");
                }
                // The observer's own entry, so the session shows in their calendar and nobody books them then.
                meeting = appointments.bookObserver(actor, observed);
            }
        }
        if (!store.answer(observationId, accept ? ObservationStatus.ACCEPTED : ObservationStatus.DECLINED, meeting, now)) {
            appointments.cancelObserver(meeting, "The observation request changed meanwhile");
            throw new ConflictException("This request changed meanwhile; look at it again.");
        }
        audit.record(AuditRecord.success(actor, "supervision.observation.answer", "observation", observationId, row.clientId()));
        ObservationRow answered = store.find(observationId).orElseThrow();
        post(SupervisionEvents.OBSERVATION_ANSWERED, answered, actor, now, "accepted", accept);
        announcer.tell(actor, row.requesterId(), new Message("supervision.observation", actor.displayName()
                + (accept ? " will observe your session" : " declined to observe your session"), "The session on "
                + when(row.start()) + ": " + (accept ? "accepted (" + words(row.mode()) + ")." : "declined."), "/supervision"));
        return view(answered);
    }

    Observation record(Actor actor, UUID observationId, String observations, String intervention) {
        ObservationRow row = asObserver(actor, observationId, "supervision.observation.record");
        if (row.status() != ObservationStatus.ACCEPTED) {
            throw new ConflictException(row.status() == ObservationStatus.RECORDED ? "The observation is already recorded."
                    : "Only an accepted observation is recorded; this one is " + row.status().name().toLowerCase(Locale.ROOT)
                            + ".");
        }
        Instant now = clock.instant();
        if (now.isBefore(row.start())) {
            throw new ConflictException("The session has not begun yet; record what you observed once it has.");
        }
        String seen = text("observations", observations, MAX_TEXT);
        String stepped = intervention == null || intervention.isBlank() ? null : text("intervention", intervention, MAX_TEXT);
        require(stepped == null || row.mode() == ObservationMode.MAY_INTERVENE, "intervention",
                "only an observer who may intervene records an intervention");
        if (!store.record(observationId, seen, stepped, now)) {
            throw new ConflictException("This observation changed meanwhile; look at it again.");
        }
        audit.record(AuditRecord.success(actor, "supervision.observation.record", "observation", observationId, row.clientId()));
        ObservationRow recorded = store.find(observationId).orElseThrow();
        post(SupervisionEvents.OBSERVATION_RECORDED, recorded, actor, now);
        announcer.tell(actor, row.requesterId(), new Message("supervision.observation", actor.displayName()
                + " recorded their observation", "What " + actor.displayName() + " observed in your session on "
                + when(row.start()) + " is on the Supervision page.", "/supervision"));
        return view(recorded);
    }

    /** The observed appointment was cancelled: open requests end, and the observer's entry goes. */
    void appointmentCancelled(UUID appointmentId) {
        for (ObservationRow row : store.openFor(appointmentId)) {
            if (store.cancel(row.id())) {
                appointments.cancelObserver(row.meetingId(), "The session to be observed was cancelled");
                audit.record(new AuditRecord(People.MODULE, "supervision.observation.cancel", "observation", row.id(),
                        row.clientId(), AuditOutcome.SUCCESS, "the observed appointment was cancelled", false));
                announcer.tell(People.MODULE, row.observerId(), new Message("supervision.observation",
                        "A session you were to observe was cancelled", "The session on " + when(row.start())
                                + " was cancelled; there is nothing to observe.", "/supervision"));
            }
        }
    }

    /**
     * The observed appointment moved: open requests follow it and wait for the observer's answer
     * again (they agreed to another time), and an entry already in their calendar goes.
     */
    void appointmentMoved(UUID appointmentId) {
        List<ObservationRow> open = store.openFor(appointmentId);
        if (open.isEmpty()) {
            return;
        }
        Appointment moved = appointments.get(People.MODULE, appointmentId);
        for (ObservationRow row : open) {
            if (row.start().equals(moved.start()) && row.end().equals(moved.end())) {
                continue;
            }
            if (store.moved(row.id(), moved.start(), moved.end())) {
                appointments.cancelObserver(row.meetingId(), "The session to be observed moved");
                audit.record(new AuditRecord(People.MODULE, "supervision.observation.moved", "observation", row.id(),
                        row.clientId(), AuditOutcome.SUCCESS, "the observed appointment was rescheduled", false));
                announcer.tell(People.MODULE, row.observerId(), new Message("supervision.observation",
                        "A session you were asked to observe moved", "The session on " + when(row.start()) + " moved to "
                                + when(moved.start()) + ". Accept or decline it again on the Supervision page.", "/supervision"));
            }
        }
    }

    /** The request, for its observer; its requester is refused, anyone else told there is none. */
    private ObservationRow asObserver(Actor actor, UUID observationId, String action) {
        require(observationId != null, "id", "is required");
        ObservationRow row = store.find(observationId).orElseThrow(() -> new RecordNotFoundException("observation",
                observationId));
        if (actor.userId() == null || !row.observerId().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, action, "observation", observationId, row.clientId(), AuditOutcome.DENIED,
                    null, false));
            if (row.involves(actor.userId())) {
                throw new AccessDeniedException("Only the observer answers the request and records the observation.");
            }
            throw new RecordNotFoundException("observation", observationId);
        }
        return row;
    }

    private Observation view(ObservationRow r) {
        return new Observation(r.id(), r.appointmentId(), r.start(), r.end(), r.requesterId(), people.name(r.requesterId()),
                r.observerId(), people.name(r.observerId()), r.mode(), r.status(), r.consentRecordedAt(), r.observations(),
                r.intervention(), r.createdAt());
    }

    private void post(String topic, ObservationRow row, Actor actor, Instant at, Object... more) {
        Object[] parties = new Object[6 + more.length];
        parties[0] = "requesterId";
        parties[1] = row.requesterId();
        parties[2] = "observerId";
        parties[3] = row.observerId();
        parties[4] = "appointmentId";
        parties[5] = row.appointmentId();
        System.arraycopy(more, 0, parties, 6, more.length);
        announcer.post(topic, row.id(), actor, at, parties);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(practice.zone()));
    }

    private static String words(ObservationMode mode) {
        return switch (mode) {
            case OBSERVE -> "observe only";
            case MAY_INTERVENE -> "may intervene";
            case RECORDING_REVIEW -> "review of a recording";
        };
    }
}
