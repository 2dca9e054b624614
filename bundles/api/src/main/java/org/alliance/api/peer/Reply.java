package org.alliance.api.peer;

import java.time.Instant;
import java.util.UUID;

/** A reply in a consultation thread. */
public record Reply(UUID id, UUID authorId, String authorName, String text, Instant createdAt) {
}
