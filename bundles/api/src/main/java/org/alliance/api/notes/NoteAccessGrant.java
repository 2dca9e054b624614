package org.alliance.api.notes;

import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Lets another module allow a reader the notes module would otherwise refuse: the supervision
 * module grants a supervisor their supervisee's notes, psychotherapy notes included only where
 * the supervision relationship says so (the supervised-training exception, 45 CFR
 * 164.508(a)(2)(i)(B)). Every read through a grant is audited with the grant's reason and flagged
 * for a psychotherapy note.
 *
 * <p>Asked only after the notes module's own rules refused; read-only access, never writing.
 * Called on the request thread; must be quick and must not call back into the notes service.
 */
@ConsumerType
public interface NoteAccessGrant {

    /**
     * Whether {@code reader} may read notes of {@code kind} written by {@code authorId} in the
     * engagement {@code engagementId}.
     *
     * @return the reason recorded in the audit log, e.g. "supervisor of the author", or empty
     */
    Optional<String> grant(Actor reader, UUID engagementId, UUID authorId, NoteKind kind);
}
