package org.alliance.api.termination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A termination plan to open.
 *
 * @param plannedEndDate  the last day of the engagement, in the practice's time zone
 * @param closureSessions sessions still to hold to work through the ending
 */
public record NewPlan(UUID engagementId, TerminationReason reason, LocalDate plannedEndDate, Integer closureSessions) {
}
