package org.alliance.api.core;

/**
 * Event Admin topics core publishes, and the property names they carry. Topics follow
 * {@code org/alliance/<module>/<Entity>/<ACTION>}; property values are plain strings
 * (ids as UUID strings, instants as ISO-8601).
 */
public final class Events {

    public static final String ENGAGEMENT_CREATED = "org/alliance/core/Engagement/CREATED";
    public static final String ENGAGEMENT_ENDED = "org/alliance/core/Engagement/ENDED";
    public static final String CLIENT_CREATED = "org/alliance/core/Client/CREATED";
    public static final String USER_CREATED = "org/alliance/core/User/CREATED";
    public static final String USER_UPDATED = "org/alliance/core/User/UPDATED";

    /** Id of the record the event is about. */
    public static final String PROP_ID = "id";
    public static final String PROP_CLIENT_ID = "clientId";
    public static final String PROP_THERAPIST_ID = "therapistId";
    /** Id of the acting practitioner, absent for the system. */
    public static final String PROP_ACTOR_ID = "actorId";
    /** When it happened, ISO-8601. */
    public static final String PROP_AT = "at";
    public static final String PROP_REASON = "reason";

    private Events() {
    }
}
