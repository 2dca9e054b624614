package org.alliance.supervision.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.api.supervision.CosignMode;

/**
 * A supervision relationship as stored.
 *
 * @param supervisorName    the supervisor's display name, kept current from core's user events
 * @param supervisorLicense the supervisor's license number, or {@code null}; kept current likewise
 * @param superviseeName    the supervisee's display name, kept current likewise
 */
public record RelationshipRow(UUID id, UUID supervisorId, String supervisorName, String supervisorLicense,
        UUID superviseeId, String superviseeName, CosignMode cosignMode, String ruleSetId,
        LocalDate start, LocalDate end, Instant consentRecordedAt, String scope, boolean psychotherapyNotes,
        Instant createdAt, UUID createdBy) {

    /** Whether the relationship is in force on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether it is in force on any day from {@code from} to {@code to} ({@code null}: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }
}
