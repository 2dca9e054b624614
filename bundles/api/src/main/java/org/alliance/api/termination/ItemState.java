package org.alliance.api.termination;

/** The state of a checklist item. */
public enum ItemState {
    OPEN, DONE, NOT_APPLICABLE
}
