package org.alliance.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliance.api.scheduling.FreeSlot;
import org.alliance.api.scheduling.WorkingHours;

/** Free time: working hours minus what is booked, in gaps at least as long as asked. */
final class FreeSlots {

    private FreeSlots() {
    }

    /**
     * @param busy booked occurrences of the therapist (only their times are used)
     */
    static List<FreeSlot> compute(List<WorkingHours> hours, List<AppointmentRow> busy, Instant from, Instant to,
            ZoneId zone, Duration length) {
        List<AppointmentRow> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(AppointmentRow::start));
        List<FreeSlot> free = new ArrayList<>();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.atStartOfDay(zone).toInstant().isAfter(to);
                day = day.plusDays(1)) {
            for (WorkingHours block : hours) {
                if (block.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant start = max(day.atTime(block.from()).atZone(zone).toInstant(), from);
                Instant end = min(day.atTime(block.to()).atZone(zone).toInstant(), to);
                for (AppointmentRow b : sorted) {
                    if (!b.end().isAfter(start) || !b.start().isBefore(end)) {
                        continue;
                    }
                    add(free, start, b.start(), length);
                    start = max(start, b.end());
                }
                add(free, start, end, length);
            }
        }
        free.sort(Comparator.comparing(FreeSlot::start));
        return free;
    }

    private static void add(List<FreeSlot> free, Instant start, Instant end, Duration length) {
        if (!Duration.between(start, end).minus(length).isNegative()) {
            free.add(new FreeSlot(start, end));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
