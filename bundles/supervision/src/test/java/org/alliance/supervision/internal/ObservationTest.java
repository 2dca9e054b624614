package org.alliance.supervision.internal;

import static org.alliance.supervision.internal.SupervisionFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Booking;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.supervision.NewObservation;
import org.alliance.api.supervision.Observation;
import org.alliance.api.supervision.ObservationMode;
import org.alliance.api.supervision.ObservationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Live observation: consent first, a supervisor observes, the session joins their calendar, they record. */
class ObservationTest {

    private final SupervisionFixture f;
    private final SchedulingService scheduling = mock(SchedulingService.class);
    private final Actor tess;
    private final Actor sam;
    private final Appointment session;

    ObservationTest() throws Exception {
        f = new SupervisionFixture();
        tess = f.person("Tess Therapist", Role.THERAPIST);
        sam = f.person("Dr. Sam Supervisor", Role.SUPERVISOR);
        session = appointment(START.plus(Duration.ofDays(2)), AppointmentStatus.BOOKED);
        when(scheduling.get(any(), eq(session.id()))).thenReturn(session);
        when(scheduling.book(any(), any())).thenAnswer(i -> new Booking(meeting(i.getArgument(1)), List.of()));
        f.supervision.setScheduling(scheduling);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Appointment appointment(Instant start, AppointmentStatus status) {
        return new Appointment(UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(), "Una", tess.userId(), List.of(),
                AppointmentKind.SESSION, start, start.plus(Duration.ofMinutes(50)), Location.VIDEO, null, status, null, null,
                null);
    }

    private static Appointment meeting(NewAppointment a) {
        Instant start = a.start().toInstant();
        return new Appointment(UUID.randomUUID(), null, null, null, null, a.organizerId(), List.of(), a.kind(), start,
                start.plus(Duration.ofMinutes(a.durationMinutes())), a.location(), null, AppointmentStatus.BOOKED, null, null,
                null);
    }

    private Observation requested(ObservationMode mode) {
        return f.supervision.requestObservation(tess, new NewObservation(session.id(), sam.userId(), mode, true));
    }

    @Test
    void withoutTheClientsConsentTheRequestIsRefusedAndAudited() {
        assertThatThrownBy(() -> f.supervision.requestObservation(tess, new NewObservation(session.id(), sam.userId(),
                ObservationMode.OBSERVE, false))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).singleElement().asString()
                        .contains("client's consent"));
        assertThat(f.audited).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(a.clientId()).isEqualTo(session.clientId());
        });
        assertThat(f.supervision.observations(tess)).isEmpty();
    }

    @Test
    void onlyASupervisorOtherThanTheRequesterObserves() {
        Actor colleague = f.person("Cole Colleague", Role.THERAPIST);

        assertThatThrownBy(() -> f.supervision.requestObservation(tess, new NewObservation(session.id(), colleague.userId(),
                ObservationMode.OBSERVE, true))).isInstanceOf(RuleViolationException.class).hasMessageContaining("not a supervisor");
        assertThatThrownBy(() -> f.supervision.requestObservation(tess, new NewObservation(session.id(), tess.userId(),
                ObservationMode.OBSERVE, false))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).hasSize(3));
    }

    @Test
    void onlyThePractitionerWhoHoldsTheSessionAsks() {
        when(scheduling.get(eq(sam), eq(session.id()))).thenReturn(session);

        assertThatThrownBy(() -> f.supervision.requestObservation(sam, new NewObservation(session.id(), sam.userId(),
                ObservationMode.OBSERVE, true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPastOrCancelledAppointmentCannotBeObserved() {
        Appointment past = appointment(START.minus(Duration.ofHours(1)), AppointmentStatus.BOOKED);
        Appointment cancelled = appointment(START.plus(Duration.ofDays(1)), AppointmentStatus.CANCELLED);
        when(scheduling.get(any(), eq(past.id()))).thenReturn(past);
        when(scheduling.get(any(), eq(cancelled.id()))).thenReturn(cancelled);

        assertThatThrownBy(() -> f.supervision.requestObservation(tess, new NewObservation(past.id(), sam.userId(),
                ObservationMode.OBSERVE, true))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already begun");
        assertThatThrownBy(() -> f.supervision.requestObservation(tess, new NewObservation(cancelled.id(), sam.userId(),
                ObservationMode.OBSERVE, true))).isInstanceOf(InvalidInputException.class).hasMessageContaining("cancelled");
    }

    @Test
    void withoutSchedulingObservationCannotBeRequested() {
        f.supervision.unsetScheduling(scheduling);

        assertThatThrownBy(() -> requested(ObservationMode.OBSERVE)).isInstanceOf(ModuleMissingException.class)
                .hasMessageContaining("scheduling module not installed");
    }

    @Test
    void anAcceptedLiveObservationJoinsTheObserversCalendarAndIsRecordedOnceTheSessionBegan() {
        Observation asked = requested(ObservationMode.MAY_INTERVENE);
        assertThat(asked.status()).isEqualTo(ObservationStatus.REQUESTED);
        assertThat(f.supervision.observations(sam)).extracting(Observation::id, Observation::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(asked.id(), session.start()));
        assertThatThrownBy(() -> f.supervision.answerObservation(tess, asked.id(), true))
                .isInstanceOf(AccessDeniedException.class);

        Observation accepted = f.supervision.answerObservation(sam, asked.id(), true);

        assertThat(accepted.status()).isEqualTo(ObservationStatus.ACCEPTED);
        ArgumentCaptor<NewAppointment> booked = ArgumentCaptor.forClass(NewAppointment.class);
        verify(scheduling).book(eq(sam), booked.capture());
        assertThat(booked.getValue()).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(AppointmentKind.SUPERVISION);
            assertThat(b.organizerId()).isEqualTo(sam.userId());
            assertThat(b.start().toInstant()).isEqualTo(session.start());
            assertThat(b.durationMinutes()).isEqualTo(50);
            assertThat(b.location()).isEqualTo(Location.VIDEO);
            assertThat(b.roomId()).isNull();
        });
        assertThatThrownBy(() -> f.supervision.answerObservation(sam, asked.id(), false)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.supervision.recordObservation(sam, asked.id(), "Too early", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not begun");

        f.clock.advance(Duration.ofDays(2).plusMinutes(5));
        assertThatThrownBy(() -> f.supervision.recordObservation(sam, asked.id(), " ", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("observations");
        Observation recorded = f.supervision.recordObservation(sam, asked.id(), "Warm alliance; missed a cue",
                "Named the silence");

        assertThat(recorded.status()).isEqualTo(ObservationStatus.RECORDED);
        assertThat(recorded.intervention()).isEqualTo("Named the silence");
        assertThat(f.supervision.observations(tess)).singleElement()
                .satisfies(o -> assertThat(o.observations()).isEqualTo("Warm alliance; missed a cue"));
        assertThatThrownBy(() -> f.supervision.recordObservation(sam, asked.id(), "Again", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already recorded");
    }

    @Test
    void onlyAnObserverWhoMayInterveneRecordsAnIntervention() {
        Observation asked = requested(ObservationMode.OBSERVE);
        f.supervision.answerObservation(sam, asked.id(), true);
        f.clock.advance(Duration.ofDays(3));

        assertThatThrownBy(() -> f.supervision.recordObservation(sam, asked.id(), "Seen", "Stepped in"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("intervention");
    }

    @Test
    void aRecordingReviewTakesNoTimeInTheCalendarAndADeclineBooksNothing() {
        f.supervision.answerObservation(sam, requested(ObservationMode.RECORDING_REVIEW).id(), true);
        Actor other = f.person("Dr. Other", Role.SUPERVISOR);
        Observation second = f.supervision.requestObservation(tess, new NewObservation(session.id(), other.userId(),
                ObservationMode.OBSERVE, true));

        assertThat(f.supervision.answerObservation(other, second.id(), false).status()).isEqualTo(ObservationStatus.DECLINED);
        verify(scheduling, never()).book(any(), any());
    }

    @Test
    void whenTheSessionIsCancelledTheObservationEndsAndLeavesTheObserversCalendar() {
        Observation asked = requested(ObservationMode.OBSERVE);
        f.supervision.answerObservation(sam, asked.id(), true);

        f.supervision.observationDesk().appointmentCancelled(session.id());

        assertThat(f.supervision.observations(sam)).singleElement().extracting(Observation::status)
                .isEqualTo(ObservationStatus.CANCELLED);
        verify(scheduling).cancel(any(), any(), any(Cancellation.class));
    }

    @Test
    void whenTheSessionMovesTheObservationFollowsAndAsksTheObserverAgain() {
        Observation asked = requested(ObservationMode.OBSERVE);
        f.supervision.answerObservation(sam, asked.id(), true);
        Appointment moved = new Appointment(session.id(), null, session.engagementId(), session.clientId(), "Una",
                tess.userId(), List.of(), AppointmentKind.SESSION, session.start().plus(Duration.ofDays(1)),
                session.end().plus(Duration.ofDays(1)), Location.VIDEO, null, AppointmentStatus.BOOKED, null, null, null);
        when(scheduling.get(any(), eq(session.id()))).thenReturn(moved);

        f.supervision.observationDesk().appointmentMoved(session.id());

        assertThat(f.supervision.observations(sam)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObservationStatus.REQUESTED);
            assertThat(o.start()).isEqualTo(moved.start());
        });
        verify(scheduling).cancel(any(), any(), any(Cancellation.class));
    }
}
