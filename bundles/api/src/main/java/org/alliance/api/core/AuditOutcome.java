package org.alliance.api.core;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by an access rule. */
    DENIED,
    /** Failed for another reason (bad input, not found). */
    FAILED
}
