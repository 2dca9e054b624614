package org.alliance.api.core;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log: who did what to which record, when, and how it ended.
 *
 * @param actorId     the practitioner, or {@code null} for the system
 * @param actorName   username or system origin at the time of the action
 * @param action      a dotted verb, e.g. {@code "client.read"}, {@code "client.break-glass"}
 * @param subjectType the kind of record, e.g. {@code "client"}, {@code "engagement"}
 * @param subjectId   the record's id, or {@code null} for list actions
 * @param clientId    the client whose data was touched, or {@code null}
 * @param reason      the stated reason (break-glass, shortened notice), or {@code null}
 * @param flagged     whether the entry needs review (break-glass and other exceptional access)
 */
public record AuditEntry(long sequence, Instant at, UUID actorId, String actorName, String action,
        String subjectType, UUID subjectId, UUID clientId, AuditOutcome outcome, String reason, boolean flagged) {
}
