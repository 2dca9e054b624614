package org.alliance.api.core;

import java.time.Instant;
import java.util.UUID;

/**
 * A search of the audit log. Every criterion is optional ({@code null}); the range may span any
 * length of time. Results are newest first and paged by {@code before}, the sequence of the last
 * entry of the previous page.
 *
 * @param from   inclusive lower bound on time
 * @param to     exclusive upper bound on time
 * @param before only entries with a smaller sequence (the cursor), or {@code null} for the first page
 * @param limit  page size, 1 to 500
 * @param flaggedOnly only entries flagged for review (break-the-glass and the reads it enabled)
 */
public record AuditQuery(UUID clientId, UUID userId, Instant from, Instant to, Long before, int limit,
        boolean flaggedOnly) {
}
