package org.alliance.supervision.internal;

import java.util.Comparator;
import java.util.Optional;
import org.alliance.api.core.Actor;
import org.alliance.api.notes.Cosignature;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.SignatureRequirement;
import org.alliance.api.supervision.CosignMode;
import org.alliance.supervision.internal.store.RelationshipRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A supervisee's signed progress note waits for their supervisor when a relationship in force
 * today says so ({@link CosignMode#APPROVE} or {@link CosignMode#COSIGN}). With several, the
 * co-signing supervisor comes first, then the one supervising longest. Psychotherapy notes never
 * wait: they are their author's alone, and a co-signer could not read them. Used by the notes
 * module when it is installed.
 */
@Component(service = SignatureRequirement.class)
public class CosignatureRequirement implements SignatureRequirement {

    /** COSIGN before APPROVE, then the earliest start. */
    private static final Comparator<RelationshipRow> FIRST_ASKED = Comparator
            .comparing((RelationshipRow r) -> r.cosignMode() == CosignMode.COSIGN ? 0 : 1)
            .thenComparing(RelationshipRow::start).thenComparing(RelationshipRow::createdAt);

    private final SupervisionServiceImpl supervision;

    @Activate
    public CosignatureRequirement(@Reference SupervisionServiceImpl supervision) {
        this.supervision = supervision;
    }

    @Override
    public Optional<Cosignature> cosignatureFor(Actor author, Note note) {
        if (author.userId() == null || note.kind() != NoteKind.PROGRESS) {
            return Optional.empty();
        }
        return supervision.supervisorsOf(author.userId(), supervision.today()).stream()
                .filter(r -> r.cosignMode().holdsNotes()).min(FIRST_ASKED)
                .map(r -> new Cosignature(r.supervisorId(), (r.cosignMode() == CosignMode.COSIGN ? "Co-signature" : "Approval")
                        + " by " + r.supervisorName() + ": supervised practice under "
                        + supervision.ruleSetName(r.ruleSetId()) + " (" + r.cosignMode() + ")"));
    }
}
