package org.alliance.api.supervision;

/** What a supervisor does with a supervisee's signed notes. */
public enum CosignMode {
    /** The supervisor may read the supervisee's notes; signing needs nobody else. */
    VIEW,
    /** A signed note waits until the supervisor approves it (or returns it for revision). */
    APPROVE,
    /** A signed note waits for the supervisor's co-signature (or is returned for revision). */
    COSIGN;

    /** Whether a signed note waits in the supervisor's queue. */
    public boolean holdsNotes() {
        return this != VIEW;
    }
}
