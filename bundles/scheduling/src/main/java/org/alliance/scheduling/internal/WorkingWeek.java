package org.alliance.scheduling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.scheduling.WorkingHours;

/** The rules of a working week: each block has a day and ends after it starts, and blocks of a day do not overlap. */
final class WorkingWeek {

    private WorkingWeek() {
    }

    static List<WorkingHours> checked(List<WorkingHours> hours) {
        if (hours == null) {
            return List.of();
        }
        if (hours.size() > 50) {
            throw new InvalidInputException("hours", "at most 50 blocks a week");
        }
        List<WorkingHours> sorted = new ArrayList<>(hours);
        for (WorkingHours h : sorted) {
            if (h == null || h.day() == null || h.from() == null || h.to() == null) {
                throw new InvalidInputException("hours", "every block needs a day, a from and a to time");
            }
            if (!h.from().isBefore(h.to())) {
                throw new InvalidInputException("hours", h.day() + " " + h.from() + "-" + h.to() + " ends before it starts");
            }
        }
        sorted.sort(Comparator.comparing(WorkingHours::day).thenComparing(WorkingHours::from));
        for (int i = 1; i < sorted.size(); i++) {
            WorkingHours a = sorted.get(i - 1);
            WorkingHours b = sorted.get(i);
            if (a.day() == b.day() && b.from().isBefore(a.to())) {
                throw new InvalidInputException("hours", a.day() + ": " + a.from() + "-" + a.to() + " and " + b.from()
                        + "-" + b.to() + " overlap");
            }
        }
        return sorted;
    }
}
