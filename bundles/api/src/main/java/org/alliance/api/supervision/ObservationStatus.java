package org.alliance.api.supervision;

/** Where an observation request stands. */
public enum ObservationStatus {
    /** Waiting for the observer's answer; also again after the observed appointment moved to another time. */
    REQUESTED,
    /** The observer agreed to observe; for a live mode the session is in their calendar. */
    ACCEPTED,
    DECLINED,
    /** The observer recorded what they observed. */
    RECORDED,
    /** The observed appointment was cancelled; nothing more happens. */
    CANCELLED
}
