package org.alliance.api.notes;

import java.util.Optional;
import org.alliance.api.core.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Consulted whenever an author signs a note: the supervision module implements it to require an
 * intern's supervisor to co-sign. Every registered requirement is asked; the first that asks for a
 * co-signature (in service ranking order) decides, and the note waits as
 * {@link NoteStatus#AWAITING_COSIGNATURE} until that practitioner co-signs or returns it.
 *
 * <p>Called inside the signing request, on its thread; must be quick and must not call back into
 * the notes service. A requirement that throws makes the signing fail (a note must not slip past
 * a supervisor because a plugin broke).
 */
@ConsumerType
public interface SignatureRequirement {

    /**
     * Whether {@code note}, being signed by {@code author}, needs a co-signature.
     *
     * @param note the note as it will be signed, status still {@link NoteStatus#DRAFT}
     * @return the co-signature to wait for, or empty when the author's signature is enough
     */
    Optional<Cosignature> cosignatureFor(Actor author, Note note);
}
