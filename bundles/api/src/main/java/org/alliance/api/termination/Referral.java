package org.alliance.api.termination;

import java.time.Instant;
import java.util.UUID;

/**
 * A practitioner or service the client was offered for continuing care.
 *
 * @param practitionerId a colleague or peer-directory practitioner, or {@code null} when entered by hand
 */
public record Referral(UUID id, String name, String contact, UUID practitionerId, UUID addedBy, Instant addedAt) {
}
