package org.alliance.notes.internal.store;

import java.time.Instant;
import java.util.UUID;

/** An addendum as stored, opened. */
public record AddendumRow(UUID id, UUID noteId, UUID authorId, Instant at, String reason, String text) {
}
