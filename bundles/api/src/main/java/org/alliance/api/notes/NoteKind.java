package org.alliance.api.notes;

/** The two kinds of clinical note, which HIPAA treats differently (45 CFR 164.501). */
public enum NoteKind {
    /** Part of the clinical record: readable by the treating practitioner, exported with the record. */
    PROGRESS,
    /**
     * Process notes kept apart from the record: readable by their author only (and by a
     * supervisor a {@link NoteAccessGrant} names), never exported.
     */
    PSYCHOTHERAPY
}
