package org.alliance.api.peer;

/** How a practitioner sees clients. */
public enum Medium {
    IN_PERSON,
    VIDEO
}
