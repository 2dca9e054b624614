package org.alliance.api.scheduling;

/** Which occurrences of a series a change applies to. */
public enum Scope {
    /** Only this occurrence. */
    THIS,
    /** This occurrence and every later one of its series. */
    THIS_AND_FOLLOWING
}
