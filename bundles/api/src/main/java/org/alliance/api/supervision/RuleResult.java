package org.alliance.api.supervision;

/**
 * One rule of a rule set and where the supervisee stands on it.
 *
 * @param rule   stable id within the rule set, e.g. {@code max-40-hours-in-7-days}
 * @param detail what was found, in words for the supervisee, e.g. "44.5 hours in the 7 days from 2026-03-02"
 */
public record RuleResult(String rule, String description, RuleStatus status, String detail) {
}
