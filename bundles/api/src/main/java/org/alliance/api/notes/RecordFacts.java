package org.alliance.api.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an engagement's clinical record holds, without its content: for workflows such as the
 * termination checklist ("is the discharge summary signed?"). Psychotherapy notes are not counted.
 *
 * @param signedNotes the signed progress notes, oldest first
 * @param measures    the outcome measures recorded, oldest first
 */
public record RecordFacts(UUID engagementId, List<SignedNote> signedNotes, List<MeasureTaken> measures) {

    public RecordFacts {
        signedNotes = List.copyOf(signedNotes);
        measures = List.copyOf(measures);
    }

    /** A signed progress note: which template, and when it was signed. */
    public record SignedNote(UUID noteId, String templateId, Instant signedAt) {
    }

    /** A recorded outcome measure: which, and when. */
    public record MeasureTaken(String measureId, Instant at) {
    }
}
