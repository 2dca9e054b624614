package org.alliance.api.notes;

import java.time.LocalDate;

/**
 * A treatment goal.
 *
 * @param description e.g. "Return to work three days a week"
 * @param targetDate  when it should be met, or {@code null}
 * @param status      {@code OPEN}, {@code MET} or {@code DISCONTINUED}
 */
public record Goal(String description, LocalDate targetDate, GoalStatus status) {

    /** Where a goal stands. */
    public enum GoalStatus {
        OPEN, MET, DISCONTINUED
    }
}
