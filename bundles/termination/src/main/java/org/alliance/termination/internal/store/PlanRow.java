package org.alliance.termination.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.TerminationReason;

/**
 * A termination plan as stored.
 *
 * @param modality the engagement's modality (it never changes), kept so the plan shows the plugin's
 *                 considerations without reading the engagement again
 */
public record PlanRow(UUID id, UUID engagementId, UUID clientId, UUID therapistId, String modality, TerminationReason reason,
        PlanStatus status, LocalDate plannedEnd, int closureSessions, Instant createdAt, UUID createdBy, UUID approvedBy,
        Instant approvedAt, LocalDate endedOn) {
}
