package org.alliance.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Availability;
import org.alliance.api.scheduling.Booking;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.FreeSlot;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.SchedulingEvents;
import org.alliance.api.scheduling.Scope;
import org.alliance.api.scheduling.WorkingHours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulingServiceTest {

    private final SchedulingFixture f;
    private final Actor tina;
    private final Actor desk;
    private final Engagement casey;

    SchedulingServiceTest() throws Exception {
        f = new SchedulingFixture();
        tina = f.practitioner("Dr Tina Tran", Role.THERAPIST);
        desk = f.practitioner("Fran Desk", Role.FRONTDESK);
        casey = f.engagement(tina);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private static OffsetDateTime berlin(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SchedulingFixture.ZONE).toOffsetDateTime();
    }

    private NewAppointment session(Engagement e, OffsetDateTime start, String rule) {
        return new NewAppointment(e.id(), start, 50, AppointmentKind.SESSION, Location.IN_PERSON, null, rule, null, null);
    }

    @Test
    void aTherapistBooksASessionOfTheirEngagementAndItIsAnnounced() {
        Booking booking = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));

        Appointment a = booking.appointment();
        assertThat(a.clientId()).isEqualTo(casey.clientId());
        assertThat(a.clientName()).isEqualTo("Casey Client");
        assertThat(a.end()).isEqualTo(a.start().plus(Duration.ofMinutes(50)));
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        verify(f.events).postEvent(argThat(e -> e.getTopic().equals(SchedulingEvents.BOOKED)));
        assertThat(f.scheduling.history(tina, a.id())).extracting(c -> c.change()).containsExactly("BOOKED");
    }

    @Test
    void aSecondBookingOverlappingTheTherapistIsAConflictNamingThem() {
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));
        Engagement other = f.engagement(tina);

        assertThatThrownBy(() -> f.scheduling.book(tina, session(other, berlin(11, 24, 10, 30), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Dr Tina Tran is already booked");
    }

    @Test
    void backToBackSessionsDoNotClash() {
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));
        Engagement other = f.engagement(tina);

        f.scheduling.book(tina, session(other, berlin(11, 24, 10, 50), null));
    }

    @Test
    void theClientCannotBeInTwoPlacesEvenWithTwoTherapists() {
        Actor tom = f.practitioner("Dr Tom Ng", Role.THERAPIST);
        Engagement withTom = new Engagement(UUID.randomUUID(), casey.clientId(), "Casey Client", tom.userId(), "dbt",
                casey.status(), casey.startedAt(), null, null);
        org.mockito.Mockito.when(f.engagements.get(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.eq(withTom.id()))).thenReturn(withTom);
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));

        assertThatThrownBy(() -> f.scheduling.book(tom, session(withTom, berlin(11, 24, 10, 20), null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("The client already has an appointment")
                .hasMessageNotContaining("Casey");
    }

    @Test
    void aSeriesIsBookedWholeOrNotAtAllWhenOneOccurrenceClashes() {
        Engagement other = f.engagement(tina);
        f.scheduling.book(tina, session(other, berlin(12, 8, 10, 0), null));

        assertThatThrownBy(() -> f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), "FREQ=WEEKLY;COUNT=4")))
                .isInstanceOf(ConflictException.class);
        assertThat(f.scheduling.find(tina, tina.userId(), null, berlin(11, 23, 0, 0).toInstant(),
                berlin(12, 31, 0, 0).toInstant())).hasSize(1);
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheSwitchToSummerTime() {
        // Summer time starts in Germany on 2027-03-28.
        OffsetDateTime first = ZonedDateTime.of(2027, 3, 23, 10, 0, 0, 0, SchedulingFixture.ZONE).toOffsetDateTime();
        Booking booking = f.scheduling.book(tina, session(casey, first, "FREQ=WEEKLY;COUNT=2"));

        assertThat(booking.occurrences()).extracting(a -> a.start().atZone(SchedulingFixture.ZONE).getHour())
                .containsExactly(10, 10);
        assertThat(Duration.between(booking.occurrences().get(0).start(), booking.occurrences().get(1).start()))
                .isEqualTo(Duration.ofDays(7).minusHours(1));
    }

    @Test
    void aClientCancellingInsideTheWindowIsLateAndOutsideItIsNot() {
        Appointment tomorrow = f.scheduling.book(tina, session(casey, berlin(11, 24, 7, 30), null)).appointment();
        Appointment nextWeek = f.scheduling.book(tina, session(casey, berlin(11, 30, 10, 0), null)).appointment();

        Appointment late = f.scheduling.cancel(desk, tomorrow.id(), new Cancellation("Flu", Initiator.CLIENT, null)).get(0);
        Appointment early = f.scheduling.cancel(desk, nextWeek.id(), new Cancellation("Travel", Initiator.CLIENT, null)).get(0);

        assertThat(late.status()).isEqualTo(AppointmentStatus.LATE_CANCELLED);
        assertThat(early.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(late.cancelledBy()).isEqualTo(Initiator.CLIENT);
        assertThat(f.scheduling.history(tina, tomorrow.id())).last()
                .satisfies(c -> assertThat(c.detail()).contains("by client: Flu"));
    }

    @Test
    void aTherapistCancellingLateIsNotALateCancellationOfTheClient() {
        Appointment soon = f.scheduling.book(tina, session(casey, berlin(11, 23, 12, 0), null)).appointment();

        Appointment cancelled = f.scheduling.cancel(tina, soon.id(), new Cancellation("Ill", Initiator.THERAPIST, null)).get(0);

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void cancellingThisAndFollowingLeavesEarlierOccurrencesAndFreesTheTime() {
        List<Appointment> series = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), "FREQ=WEEKLY;COUNT=4"))
                .occurrences();

        List<Appointment> cancelled = f.scheduling.cancel(tina, series.get(2).id(),
                new Cancellation("Ending", Initiator.THERAPIST, Scope.THIS_AND_FOLLOWING));

        assertThat(cancelled).extracting(Appointment::id).containsExactly(series.get(2).id(), series.get(3).id());
        assertThat(f.scheduling.get(tina, series.get(1).id()).status()).isEqualTo(AppointmentStatus.BOOKED);
        Engagement other = f.engagement(tina);
        f.scheduling.book(tina, session(other, berlin(12, 8, 10, 0), null)); // the freed time
    }

    @Test
    void aCancellationNeedsAReasonAndWhoAskedForIt() {
        Appointment a = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null)).appointment();

        assertThatThrownBy(() -> f.scheduling.cancel(tina, a.id(), new Cancellation(" ", Initiator.CLIENT, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> f.scheduling.cancel(tina, a.id(), new Cancellation("x", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("initiatedBy"));
    }

    @Test
    void reschedulingChecksConflictsButNotAgainstItself() {
        Appointment a = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null)).appointment();
        Engagement other = f.engagement(tina);
        f.scheduling.book(tina, session(other, berlin(11, 24, 12, 0), null));

        Appointment moved = f.scheduling.reschedule(tina, a.id(), berlin(11, 24, 10, 20), null).get(0);
        assertThat(moved.start()).isEqualTo(berlin(11, 24, 10, 20).toInstant());
        assertThatThrownBy(() -> f.scheduling.reschedule(tina, a.id(), berlin(11, 24, 11, 30), null))
                .isInstanceOf(ConflictException.class);
        assertThat(f.scheduling.history(tina, a.id())).extracting(c -> c.change()).containsExactly("BOOKED", "RESCHEDULED");
    }

    @Test
    void noShowAndAttendedAreMarkedOnlyOnceTheSessionHasStarted() {
        Appointment a = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null)).appointment();

        assertThatThrownBy(() -> f.scheduling.markNoShow(tina, a.id())).isInstanceOf(ConflictException.class);
        f.clock.set(berlin(11, 24, 10, 15).toInstant());
        assertThat(f.scheduling.markNoShow(tina, a.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(f.scheduling.markAttended(tina, a.id()).status()).isEqualTo(AppointmentStatus.ATTENDED);
    }

    @Test
    void anotherTherapistSeesOnlyThatAColleagueIsBusyAndCannotActOnIt() {
        Actor tom = f.practitioner("Dr Tom Ng", Role.THERAPIST);
        Appointment a = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null)).appointment();

        List<Appointment> seen = f.scheduling.find(tom, tina.userId(), null, berlin(11, 23, 0, 0).toInstant(),
                berlin(11, 30, 0, 0).toInstant());
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.clientId()).isNull();
            assertThat(s.clientName()).isNull();
        });
        assertThatThrownBy(() -> f.scheduling.cancel(tom, a.id(), new Cancellation("x", Initiator.THERAPIST, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.scheduling.book(tom, session(casey, berlin(11, 25, 10, 0), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachClientShownIsAuditedOncePerLook() {
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), "FREQ=WEEKLY;COUNT=3"));
        Engagement other = f.engagement(tina);
        f.scheduling.book(tina, session(other, berlin(11, 24, 12, 0), null));

        f.scheduling.find(desk, tina.userId(), null, berlin(11, 23, 0, 0).toInstant(), berlin(12, 31, 0, 0).toInstant());

        verify(f.audit, org.mockito.Mockito.times(1)).record(argThat(r -> r.action().equals("appointment.read")
                && desk.userId().equals(r.actor().userId()) && casey.clientId().equals(r.clientId())));
        verify(f.audit, org.mockito.Mockito.times(1)).record(argThat(r -> r.action().equals("appointment.read")
                && desk.userId().equals(r.actor().userId()) && other.clientId().equals(r.clientId())));
    }

    @Test
    void aMeetingBooksTheOrganizerAndParticipantsAndRefusesAClashOfAParticipant() {
        Actor sam = f.practitioner("Dr Sam Super", Role.SUPERVISOR, Role.THERAPIST);
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));

        NewAppointment supervision = new NewAppointment(null, berlin(11, 24, 10, 30), 60, AppointmentKind.SUPERVISION,
                Location.VIDEO, null, null, sam.userId(), List.of(tina.userId()));
        assertThatThrownBy(() -> f.scheduling.book(sam, supervision)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Dr Tina Tran");
        Booking ok = f.scheduling.book(sam, new NewAppointment(null, berlin(11, 24, 14, 0), 60,
                AppointmentKind.SUPERVISION, Location.VIDEO, null, null, null, List.of(tina.userId())));
        assertThat(ok.appointment().participantIds()).containsExactly(tina.userId());
        assertThat(f.scheduling.find(tina, tina.userId(), null, berlin(11, 24, 0, 0).toInstant(),
                berlin(11, 25, 0, 0).toInstant())).hasSize(2);
    }

    @Test
    void freeSlotsAreWorkingHoursMinusBookings() {
        f.scheduling.setAvailability(tina, new Availability(tina.userId(), List.of(
                new WorkingHours(java.time.DayOfWeek.TUESDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)))));
        f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), null));

        List<FreeSlot> free = f.scheduling.freeSlots(desk, tina.userId(), berlin(11, 23, 0, 0).toInstant(),
                berlin(11, 30, 0, 0).toInstant(), 50);

        assertThat(free).containsExactly(new FreeSlot(berlin(11, 24, 9, 0).toInstant(), berlin(11, 24, 10, 0).toInstant()),
                new FreeSlot(berlin(11, 24, 10, 50).toInstant(), berlin(11, 24, 13, 0).toInstant()));
    }

    @Test
    void overlappingWorkingHoursAreRefused() {
        assertThatThrownBy(() -> f.scheduling.setAvailability(tina, new Availability(tina.userId(), List.of(
                new WorkingHours(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0)),
                new WorkingHours(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(12, 0), java.time.LocalTime.of(15, 0))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("overlap"));
    }

    @Test
    void ofConcurrentBookingsOfOneSlotExactlyOneWins() throws Exception {
        List<Engagement> many = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            many.add(f.engagement(tina));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> tries = many.stream().<Callable<Boolean>>map(e -> () -> {
                try {
                    f.scheduling.book(tina, session(e, berlin(11, 26, 15, 0), null));
                    return true;
                } catch (ConflictException c) {
                    return false;
                }
            }).toList();
            long wins = 0;
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                wins += result.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void remindersAreDueOnceForSessionsInsideTheLeadTime() {
        Appointment soon = f.scheduling.book(tina, session(casey, berlin(11, 24, 7, 0), null)).appointment();
        f.scheduling.book(tina, session(f.engagement(tina), berlin(11, 27, 7, 0), null));

        List<AppointmentRow> due = f.scheduling.dueForReminder();
        assertThat(due).extracting(AppointmentRow::id).containsExactly(soon.id());
        assertThat(f.scheduling.repository().markReminded(soon.id(), Instant.now())).isTrue();
        assertThat(f.scheduling.repository().markReminded(soon.id(), Instant.now())).isFalse();
        assertThat(f.scheduling.dueForReminder()).isEmpty();
    }

    @Test
    void movingThisAndFollowingShiftsEachByTheSameLocalChangeAcrossDaylightSaving() {
        // Weekly on Tuesdays 10:00 from 2027-03-16; summer time starts on 2027-03-28.
        OffsetDateTime first = ZonedDateTime.of(2027, 3, 16, 10, 0, 0, 0, SchedulingFixture.ZONE).toOffsetDateTime();
        List<Appointment> series = f.scheduling.book(tina, session(casey, first, "FREQ=WEEKLY;COUNT=3")).occurrences();

        List<Appointment> moved = f.scheduling.reschedule(tina, series.get(1).id(),
                ZonedDateTime.of(2027, 3, 24, 11, 0, 0, 0, SchedulingFixture.ZONE).toOffsetDateTime(),
                Scope.THIS_AND_FOLLOWING);

        assertThat(moved).extracting(a -> a.start().atZone(SchedulingFixture.ZONE).toLocalDateTime()).containsExactly(
                java.time.LocalDateTime.of(2027, 3, 24, 11, 0), java.time.LocalDateTime.of(2027, 3, 31, 11, 0));
        assertThat(f.scheduling.get(tina, series.get(0).id()).start()).isEqualTo(first.toInstant());
    }

    @Test
    void aRoomIsBookedOnceAtATimeAndAnUnknownRoomIsRefused() {
        org.alliance.api.scheduling.Room room = f.scheduling.addRoom(desk, "Room 2");
        Engagement other = f.engagement(f.practitioner("Dr Oda Other", Role.THERAPIST));
        f.scheduling.book(tina, new NewAppointment(casey.id(), berlin(11, 24, 10, 0), 50, AppointmentKind.SESSION,
                Location.IN_PERSON, room.id(), null, null, null));

        assertThatThrownBy(() -> f.scheduling.book(desk, new NewAppointment(other.id(), berlin(11, 24, 10, 30), 50,
                AppointmentKind.SESSION, Location.IN_PERSON, room.id(), null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("room");
        assertThatThrownBy(() -> f.scheduling.book(tina, new NewAppointment(casey.id(), berlin(11, 25, 10, 0), 50,
                AppointmentKind.SESSION, Location.IN_PERSON, UUID.randomUUID(), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roomId"));
        assertThatThrownBy(() -> f.scheduling.addRoom(desk, "room 2")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.scheduling.addRoom(tina, "Room 9")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBlankRecurrenceBooksASingleAppointment() {
        Booking booking = f.scheduling.book(tina, session(casey, berlin(11, 24, 10, 0), "  "));

        assertThat(booking.occurrences()).singleElement().satisfies(a -> {
            assertThat(a.seriesId()).isNull();
            assertThat(a.recurrence()).isNull();
        });
    }
}
