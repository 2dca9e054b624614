package org.alliance.core.internal.engagements;

import java.time.Instant;
import java.util.UUID;
import org.alliance.api.core.EngagementStatus;

/** A stored engagement. */
record EngagementRow(UUID id, UUID clientId, UUID therapistId, String modality, EngagementStatus status,
        Instant startedAt, Instant endedAt, String endReason, UUID createdBy) {
}
