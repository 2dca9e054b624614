package org.alliance.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision relationship as its reader may see it.
 *
 * @param ruleSetId          the {@link LicensureRuleSet#id()} the supervisee's hours are checked against
 * @param end                the last day, inclusive, or {@code null} while open-ended
 * @param consentRecordedAt  when the supervisee's consent to this supervision was recorded
 * @param scope              what the supervision covers, e.g. "all adult clients; couples work excluded"
 * @param psychotherapyNotes whether the supervisor may read the supervisee's psychotherapy notes
 *                           (the supervised-training exception, 45 CFR 164.508(a)(2)(i)(B))
 */
public record Relationship(UUID id, UUID supervisorId, String supervisorName, UUID superviseeId, String superviseeName,
        CosignMode cosignMode, String ruleSetId, LocalDate start, LocalDate end, Instant consentRecordedAt, String scope,
        boolean psychotherapyNotes, Instant createdAt, UUID createdBy) {

    /** Whether the relationship is in force on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
