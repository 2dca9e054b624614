package org.alliance.api.termination;

/**
 * Event Admin topics the termination module posts after a change is stored. Properties: {@code id}
 * (plan), {@code engagementId}, {@code clientId}, {@code therapistId}, {@code reason}, {@code actorId},
 * {@code at}; {@code endedOn} on {@link #PLAN_CLOSED}.
 */
public final class TerminationEvents {

    public static final String PLAN_CREATED = "org/alliance/termination/Plan/CREATED";
    public static final String PLAN_APPROVED = "org/alliance/termination/Plan/APPROVED";
    public static final String PLAN_CLOSED = "org/alliance/termination/Plan/CLOSED";

    private TerminationEvents() {
    }
}
