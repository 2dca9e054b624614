package org.alliance.api.peer;

/** Where a referral stands. */
public enum ReferralStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
