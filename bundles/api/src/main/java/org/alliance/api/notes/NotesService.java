package org.alliance.api.notes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clinical notes, treatment plans and outcome measures of engagements.
 *
 * <p>Who may do what: the engagement's treating practitioner writes and reads its progress
 * notes, plans and measures; a psychotherapy note is read by its author only; nobody else reads
 * clinical content (admins and front desk included) unless a {@link NoteAccessGrant} allows it.
 * A co-signer named by a {@link SignatureRequirement} reads the note they must co-sign. Every
 * read and write is audited. Methods throw {@link RecordNotFoundException} rather than
 * {@link AccessDeniedException} where telling would reveal that a record exists.
 */
@ProviderType
public interface NotesService {

    /** Templates for new notes: the built-in ones, then the installed plugins', by title. */
    List<TemplateRef> templates(Actor actor);

    /**
     * Starts a draft.
     *
     * @throws InvalidInputException for an unknown template, a missing kind, unknown field ids, a malformed
     *                               value (number, date, choice), or an appointment of another engagement
     * @throws ConflictException     when the engagement has ended
     */
    Note create(Actor actor, NewNote note);

    /**
     * Replaces a draft's answers.
     *
     * @throws ConflictException once the note is signed (a signed note is locked; add an addendum)
     */
    Note update(Actor actor, UUID noteId, Map<String, String> fields);

    /**
     * Signs a draft: checks the required fields, consults every {@link SignatureRequirement}, locks
     * the note, and publishes {@link NotesEvents#NOTE_SIGNED}.
     *
     * @throws InvalidInputException naming the required fields left empty
     * @throws ConflictException     when already signed
     */
    Note sign(Actor actor, UUID noteId);

    /**
     * Co-signs a note awaiting the actor's co-signature; publishes {@link NotesEvents#NOTE_COSIGNED}.
     *
     * @throws AccessDeniedException unless the actor is the co-signer the note waits for
     * @throws ConflictException     when the note is not awaiting a co-signature
     */
    Note cosign(Actor actor, UUID noteId);

    /**
     * Returns a note awaiting the actor's co-signature to its author as a draft, with comments kept
     * in its history; publishes {@link NotesEvents#NOTE_RETURNED}.
     *
     * @throws InvalidInputException for blank comments
     */
    Note returnForRevision(Actor actor, UUID noteId, String comments);

    /** The actor's own unsigned drafts across all their engagements, oldest first: the notes still to finish. */
    List<Note> drafts(Actor actor);

    /** Notes waiting for the actor's co-signature, oldest first. */
    List<Note> awaitingCosignature(Actor actor);

    /**
     * Appends an addendum to a signed note, by its author or the engagement's treating
     * practitioner; publishes {@link NotesEvents#NOTE_AMENDED}.
     *
     * @throws InvalidInputException for a blank text or reason
     * @throws ConflictException     for a draft (edit it instead)
     */
    Note addAddendum(Actor actor, UUID noteId, String reason, String text);

    /** @throws RecordNotFoundException when there is none the actor may read */
    Note get(Actor actor, UUID noteId);

    /**
     * The notes of an engagement the actor may read, newest first: its progress notes, and the
     * psychotherapy notes the actor wrote (or is granted).
     */
    List<Note> list(Actor actor, UUID engagementId);

    /**
     * What the engagement's record holds, without clinical content (templates and dates of signed
     * progress notes, measures taken). Anyone who may see the engagement may ask; audited.
     */
    RecordFacts facts(Actor actor, UUID engagementId);

    /** Records a treatment plan, superseding the engagement's current one. */
    TreatmentPlan recordPlan(Actor actor, NewTreatmentPlan plan);

    /** The engagement's plans, newest first. */
    List<TreatmentPlan> plans(Actor actor, UUID engagementId);

    /** The outcome measures on offer: PHQ-9 and GAD-7, then the installed plugins'. */
    List<Measure> measures(Actor actor);

    /**
     * Scores and records a completed measure.
     *
     * @throws InvalidInputException for an unknown measure, a wrong number of answers, or an answer the
     *                               measure does not accept
     */
    MeasureResult recordMeasure(Actor actor, UUID engagementId, String measureId, List<Integer> answers);

    /** The engagement's results of one measure, oldest first: the trend. */
    List<MeasureResult> trend(Actor actor, UUID engagementId, String measureId);

    /**
     * The engagement's clinical record as a PDF: progress notes with addenda, plans and measures;
     * never psychotherapy notes. Audited as an export.
     */
    byte[] recordPdf(Actor actor, UUID engagementId);
}
