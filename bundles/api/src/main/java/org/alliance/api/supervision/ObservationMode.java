package org.alliance.api.supervision;

/** How a supervisor takes part in a session they observe. */
public enum ObservationMode {
    /** Watches without taking part. */
    OBSERVE,
    /** Watches and may step in. */
    MAY_INTERVENE,
    /** Reviews a recording afterwards. */
    RECORDING_REVIEW
}
