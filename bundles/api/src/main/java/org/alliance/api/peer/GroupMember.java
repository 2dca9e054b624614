package org.alliance.api.peer;

import java.time.Instant;
import java.util.UUID;

/** A member of a consultation group. */
public record GroupMember(UUID practitionerId, String displayName, Instant joinedAt) {
}
