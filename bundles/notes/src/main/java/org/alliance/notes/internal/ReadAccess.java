package org.alliance.notes.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.notes.NoteAccessGrant;
import org.alliance.api.notes.NoteKind;
import org.alliance.notes.internal.store.NoteRow;

/**
 * Who reads clinical content, and why (the why goes into the audit log). Only the engagement's
 * treating practitioner writes notes, so a note's author is its engagement's treating
 * practitioner. Progress notes: the author and a co-signer the note names. Psychotherapy notes:
 * the author only. Everyone else only through a {@link NoteAccessGrant}, e.g. a supervisor under
 * the supervised-training exception. Admins and the system get no special right here: holding the
 * admin role reads no clinical content.
 */
final class ReadAccess {

    /** Why a read is allowed; {@code grantedByPlugin} reads are flagged for psychotherapy notes. */
    record Reason(String text, boolean grantedByPlugin) {
    }

    private ReadAccess() {
    }

    static Optional<Reason> toNote(Actor reader, NoteRow note, List<NoteAccessGrant> grants) {
        UUID id = reader.userId();
        if (id != null && id.equals(note.authorId())) {
            return Optional.of(new Reason(null, false));
        }
        if (id != null && note.kind() == NoteKind.PROGRESS && id.equals(note.cosignerId())) {
            return Optional.of(new Reason("co-signer", false));
        }
        return granted(reader, note.engagementId(), note.authorId(), note.kind(), grants);
    }

    /** Reading an engagement's record as a whole (progress notes, plans, measures). */
    static Optional<Reason> toRecord(Actor reader, UUID engagementId, UUID therapistId, List<NoteAccessGrant> grants) {
        if (reader.userId() != null && reader.userId().equals(therapistId)) {
            return Optional.of(new Reason(null, false));
        }
        return granted(reader, engagementId, therapistId, NoteKind.PROGRESS, grants);
    }

    private static Optional<Reason> granted(Actor reader, UUID engagementId, UUID authorId, NoteKind kind,
            List<NoteAccessGrant> grants) {
        if (reader.isSystem()) {
            return Optional.empty();
        }
        for (NoteAccessGrant grant : grants) {
            Optional<String> reason = grant.grant(reader, engagementId, authorId, kind);
            if (reason.isPresent()) {
                return Optional.of(new Reason("granted: " + reason.get(), true));
            }
        }
        return Optional.empty();
    }
}
