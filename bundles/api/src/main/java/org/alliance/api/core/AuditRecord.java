package org.alliance.api.core;

import java.util.UUID;

/**
 * What a service writes to the audit log; time and sequence are assigned on writing.
 *
 * @see AuditEntry for the meaning of each component
 */
public record AuditRecord(Actor actor, String action, String subjectType, UUID subjectId, UUID clientId,
        AuditOutcome outcome, String reason, boolean flagged) {

    /** A successful, unflagged access. */
    public static AuditRecord success(Actor actor, String action, String subjectType, UUID subjectId, UUID clientId) {
        return new AuditRecord(actor, action, subjectType, subjectId, clientId, AuditOutcome.SUCCESS, null, false);
    }

    /** The same record with another outcome. */
    public AuditRecord withOutcome(AuditOutcome newOutcome) {
        return new AuditRecord(actor, action, subjectType, subjectId, clientId, newOutcome, reason, flagged);
    }
}
