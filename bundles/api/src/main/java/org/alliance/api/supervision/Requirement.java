package org.alliance.api.supervision;

/**
 * Progress toward one requirement of a rule set, e.g. "Total experience hours: 1,250 of 3,000".
 *
 * @param id       stable id within the rule set, e.g. {@code total-hours}
 * @param unit     what {@code achieved} and {@code required} count: {@code hours}, {@code weeks}, {@code months}
 * @param achieved so far, rounded down to the unit
 */
public record Requirement(String id, String label, String unit, long achieved, long required) {

    public boolean met() {
        return achieved >= required;
    }

    /** Progress as a whole percentage, 0 to 100. */
    public int percent() {
        return required <= 0 ? 100 : (int) Math.min(100, achieved * 100 / required);
    }
}
