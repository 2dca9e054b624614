package org.alliance.api.scheduling;

/** Where an appointment takes place. {@code IN_PERSON} may name a room. */
public enum Location {
    IN_PERSON,
    VIDEO
}
