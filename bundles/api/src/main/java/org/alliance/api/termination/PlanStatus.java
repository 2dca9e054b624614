package org.alliance.api.termination;

/** Where a termination plan is. */
public enum PlanStatus {
    /** A short-notice exception waiting for a supervisor or admin other than its author. */
    AWAITING_APPROVAL,
    /** Under way: the checklist is being worked through toward the end date. */
    ACTIVE,
    /** The engagement has ended through this plan. */
    CLOSED
}
