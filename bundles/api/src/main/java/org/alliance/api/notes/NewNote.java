package org.alliance.api.notes;

import java.util.Map;
import java.util.UUID;

/**
 * A note to start, as a draft.
 *
 * @param appointmentId the session it documents, or {@code null}
 * @param fields        answers by field id; unknown ids are refused, empty answers are dropped
 */
public record NewNote(UUID engagementId, UUID appointmentId, String templateId, NoteKind kind, Map<String, String> fields) {

    public NewNote {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
