package org.alliance.api.scheduling;

/** Who asked for a cancellation or a change. */
public enum Initiator {
    CLIENT,
    THERAPIST,
    PRACTICE
}
