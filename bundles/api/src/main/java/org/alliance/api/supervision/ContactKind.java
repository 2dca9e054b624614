package org.alliance.api.supervision;

/** Client-contact hours as licensure boards count them. */
public enum ContactKind {
    /** Face to face (in person or video) with clients: sessions, assessment. */
    DIRECT,
    /** Work for clients without them: notes, case management, training, supervision not counted apart. */
    INDIRECT
}
