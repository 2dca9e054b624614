package org.alliance.api.termination;

/**
 * Why an engagement ends. Three reasons are the documented exceptions to the minimum notice
 * (APA 10.10(b), ACA A.11.c): the client asked, the therapist is threatened, or the client or a
 * payer prevents continuing. A plan for one of them may have less notice, but waits for a second
 * person's approval and is flagged in the audit log.
 */
public enum TerminationReason {
    GOALS_MET,
    CLIENT_REQUEST,
    NOT_BENEFITING,
    REFERRAL_NEEDED,
    THERAPIST_UNAVAILABLE,
    THREAT_TO_THERAPIST,
    PREVENTED_BY_CLIENT_OR_PAYER;

    /** Whether this reason may end an engagement with less than the minimum notice (after approval). */
    public boolean isNoticeException() {
        return this == CLIENT_REQUEST || this == THREAT_TO_THERAPIST || this == PREVENTED_BY_CLIENT_OR_PAYER;
    }
}
