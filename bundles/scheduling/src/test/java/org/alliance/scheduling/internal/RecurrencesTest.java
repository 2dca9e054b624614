package org.alliance.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.alliance.api.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ZonedDateTime at(ZoneId zone, int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, zone);
    }

    private static List<LocalDateTime> local(List<ZonedDateTime> starts) {
        return starts.stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    @Test
    void aWeeklySessionStaysAtTenAcrossTheEndOfSummerTime() {
        // Summer time ends in Germany on Sunday 2026-10-25.
        List<ZonedDateTime> starts = Recurrences.expand("FREQ=WEEKLY;COUNT=3", at(BERLIN, 2026, 10, 19, 10),
                at(BERLIN, 2027, 10, 1, 0));

        assertThat(local(starts)).containsExactly(LocalDateTime.of(2026, 10, 19, 10, 0),
                LocalDateTime.of(2026, 10, 26, 10, 0), LocalDateTime.of(2026, 11, 2, 10, 0));
        // The same wall-clock time is a different UTC instant after the change.
        assertThat(starts.get(0).toInstant().atZone(ZoneId.of("UTC")).getHour()).isEqualTo(8);
        assertThat(starts.get(1).toInstant().atZone(ZoneId.of("UTC")).getHour()).isEqualTo(9);
    }

    @Test
    void aWeeklySessionStaysAtTenAcrossTheStartOfDaylightSavingInNewYork() {
        // Daylight saving starts in the US on Sunday 2027-03-14.
        List<ZonedDateTime> starts = Recurrences.expand("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270324T000000Z",
                at(NEW_YORK, 2027, 3, 9, 10), at(NEW_YORK, 2028, 1, 1, 0));

        assertThat(local(starts)).containsExactly(LocalDateTime.of(2027, 3, 9, 10, 0),
                LocalDateTime.of(2027, 3, 16, 10, 0), LocalDateTime.of(2027, 3, 23, 10, 0));
    }

    @Test
    void exceptionDatesAreLeftOut() {
        List<ZonedDateTime> starts = Recurrences.expand("RRULE:FREQ=WEEKLY;COUNT=4\nEXDATE:20261126T090000,20261203",
                at(BERLIN, 2026, 11, 19, 9), at(BERLIN, 2027, 11, 1, 0));

        assertThat(local(starts)).containsExactly(LocalDateTime.of(2026, 11, 19, 9, 0),
                LocalDateTime.of(2026, 12, 10, 9, 0));
    }

    @Test
    void anOpenEndedSeriesStopsAtTheHorizon() {
        List<ZonedDateTime> starts = Recurrences.expand("FREQ=WEEKLY;BYDAY=MO,TH", at(BERLIN, 2026, 11, 23, 14),
                at(BERLIN, 2026, 12, 7, 0));

        assertThat(local(starts)).containsExactly(LocalDateTime.of(2026, 11, 23, 14, 0),
                LocalDateTime.of(2026, 11, 26, 14, 0), LocalDateTime.of(2026, 11, 30, 14, 0),
                LocalDateTime.of(2026, 12, 3, 14, 0));
    }

    @Test
    void aSeriesOfMoreThanFourHundredOccurrencesIsRefused() {
        assertThatThrownBy(() -> Recurrences.expand("FREQ=DAILY;COUNT=500", at(BERLIN, 2026, 11, 23, 14),
                at(BERLIN, 2030, 1, 1, 0))).isInstanceOf(InvalidInputException.class).hasMessageContaining("400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEEKLY", "FREQ=HOURLY;COUNT=3", "FREQ=WEEKLY;COUNT=3\r\nDESCRIPTION:x", "FREQ=FORTNIGHTLY",
        "RRULE:FREQ=WEEKLY\nRRULE:FREQ=DAILY", "RRULE:FREQ=WEEKLY\nEXDATE:tomorrow"})
    void aMalformedRecurrenceIsRefusedNamingTheField(String recurrence) {
        assertThatThrownBy(() -> Recurrences.expand(recurrence, at(BERLIN, 2026, 11, 23, 14), at(BERLIN, 2027, 1, 1, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("recurrence"));
    }
}
