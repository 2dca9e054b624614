package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervisee's hours as of a day: totals by category (minutes) and the rule set's evaluation.
 *
 * @param directMinutes           direct client contact
 * @param indirectMinutes         indirect client contact
 * @param individualMinutes       verified individual and triadic supervision
 * @param groupMinutes            verified group supervision
 * @param unverifiedSessions      logged supervision sessions still waiting for the supervisor's verification
 */
public record HoursSummary(UUID superviseeId, String superviseeName, String ruleSetId, String ruleSetName, LocalDate asOf,
        long directMinutes, long indirectMinutes, long individualMinutes, long groupMinutes, int unverifiedSessions,
        Evaluation evaluation) {
}
