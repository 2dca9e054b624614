package org.alliance.api.notes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A clinical note as its reader may see it.
 *
 * @param appointmentId the session it documents, or {@code null}
 * @param template      the template as it was when the note was started
 * @param fields        answers by field id, in the template's order
 * @param signedAt      when the author signed, {@code null} while a draft
 * @param cosignerId    who must or did co-sign, {@code null} when nobody had to
 * @param cosignedAt    when they did, {@code null} until then
 * @param addenda       oldest first
 * @param history       oldest first
 */
public record Note(UUID id, UUID engagementId, UUID clientId, UUID appointmentId, UUID authorId, String authorName,
        NoteKind kind, NoteStatus status, TemplateRef template, Map<String, String> fields, Instant createdAt,
        Instant updatedAt, Instant signedAt, UUID cosignerId, String cosignerName, Instant cosignedAt,
        List<Addendum> addenda, List<NoteHistoryEntry> history) {

    public Note {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        addenda = List.copyOf(addenda);
        history = List.copyOf(history);
    }
}
