package org.alliance.api.supervision;

/**
 * Event Admin topics the supervision module posts after a change is stored. Properties: {@code id},
 * {@code supervisorId}, {@code superviseeId} (or {@code observerId}, {@code requesterId} for
 * observations), {@code actorId}, {@code at}. No clinical text.
 */
public final class SupervisionEvents {

    public static final String RELATIONSHIP_CREATED = "org/alliance/supervision/Relationship/CREATED";
    public static final String RELATIONSHIP_ENDED = "org/alliance/supervision/Relationship/ENDED";
    public static final String SESSION_LOGGED = "org/alliance/supervision/Session/LOGGED";
    public static final String SESSION_VERIFIED = "org/alliance/supervision/Session/VERIFIED";
    public static final String OBSERVATION_REQUESTED = "org/alliance/supervision/Observation/REQUESTED";
    public static final String OBSERVATION_ANSWERED = "org/alliance/supervision/Observation/ANSWERED";
    public static final String OBSERVATION_RECORDED = "org/alliance/supervision/Observation/RECORDED";

    private SupervisionEvents() {
    }
}
