package org.alliance.termination.internal.store;

import java.time.Instant;
import java.util.UUID;

/** A checklist item the therapist ticked, with their note (opened). */
public record Tick(String itemId, String note, UUID doneBy, Instant doneAt) {
}
