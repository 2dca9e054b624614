package org.alliance.notes.internal.store;

import java.time.Instant;
import java.util.UUID;

/** A step of a note's history as stored, opened. */
public record HistoryRow(UUID noteId, int seq, String action, UUID byId, Instant at, String comment) {
}
