package org.alliance.api.core;

import java.time.Instant;
import java.util.UUID;

/**
 * An episode of care: one client, one treating practitioner, one modality.
 *
 * @param clientName the client's name as the actor may see it (a pseudonym when sealed from them)
 * @param modality   the modality id, e.g. {@code "cbt"}
 * @param endedAt    {@code null} while active
 * @param endReason  {@code null} while active, and for everyone but the treating practitioner (it may be clinical)
 */
public record Engagement(UUID id, UUID clientId, String clientName, UUID therapistId, String modality,
        EngagementStatus status, Instant startedAt, Instant endedAt, String endReason) {
}
