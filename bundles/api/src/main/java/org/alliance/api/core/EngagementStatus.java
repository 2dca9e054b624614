package org.alliance.api.core;

/** Where an episode of care stands. */
public enum EngagementStatus {
    /** Treatment is ongoing. */
    ACTIVE,
    /** Treatment has ended; the end is set by the termination workflow when installed, else by a plain close. */
    ENDED
}
