package org.alliance.api.notes;

/**
 * Event Admin topics the notes module posts after a change is stored. Properties: {@code id}
 * (note), {@code engagementId}, {@code clientId}, {@code authorId}, {@code kind},
 * {@code templateId}, {@code actorId}, {@code at}. Never clinical text.
 */
public final class NotesEvents {

    public static final String NOTE_SIGNED = "org/alliance/notes/Note/SIGNED";
    public static final String NOTE_AMENDED = "org/alliance/notes/Note/AMENDED";
    public static final String NOTE_COSIGNED = "org/alliance/notes/Note/COSIGNED";
    public static final String NOTE_RETURNED = "org/alliance/notes/Note/RETURNED";

    private NotesEvents() {
    }
}
