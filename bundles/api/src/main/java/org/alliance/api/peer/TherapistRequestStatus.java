package org.alliance.api.peer;

/** Where a request for a therapist stands, as its asker sees it. */
public enum TherapistRequestStatus {
    /** Nobody has been asked yet, or the last one asked declined and nobody else is being asked. */
    OPEN,
    /** One practitioner is being asked and has not answered. */
    ASKED,
    /** The last practitioner asked declined; the asker may ask another match. */
    DECLINED,
    /** A practitioner accepted: the asker is now their (sealed) client. Final. */
    ACCEPTED
}
