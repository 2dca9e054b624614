package org.alliance.api.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in a note's life, kept for good: {@code CREATED}, {@code SIGNED}, {@code COSIGNED},
 * {@code RETURNED} (to draft by the co-signer, with comments), {@code AMENDED}.
 *
 * @param comment the co-signer's comments on a return, otherwise {@code null}
 */
public record NoteHistoryEntry(String action, UUID byId, String byName, Instant at, String comment) {
}
