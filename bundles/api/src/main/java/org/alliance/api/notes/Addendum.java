package org.alliance.api.notes;

import java.time.Instant;
import java.util.UUID;

/** Text appended to a signed note, with why: the only way a signed note changes. */
public record Addendum(UUID id, UUID authorId, String authorName, Instant at, String reason, String text) {
}
