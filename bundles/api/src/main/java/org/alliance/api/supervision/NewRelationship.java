package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision relationship to record. The supervisee's consent must be recorded
 * ({@code consentRecorded}) before it is accepted.
 *
 * @param end   last day, inclusive, or {@code null} while open-ended
 * @param scope what the supervision covers; optional
 */
public record NewRelationship(UUID supervisorId, UUID superviseeId, CosignMode cosignMode, String ruleSetId,
        LocalDate start, LocalDate end, boolean consentRecorded, String scope, boolean psychotherapyNotes) {
}
