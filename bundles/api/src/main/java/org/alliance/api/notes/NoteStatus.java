package org.alliance.api.notes;

/** Where a note is in its life. Only a draft can be edited. */
public enum NoteStatus {
    /** Being written; its author may change it. */
    DRAFT,
    /** Signed by its author and waiting for the co-signature a {@link SignatureRequirement} asked for; locked. */
    AWAITING_COSIGNATURE,
    /** Signed (and co-signed where required); locked: only addenda can follow. */
    SIGNED
}
