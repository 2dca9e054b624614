package org.alliance.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of the supervision log. Only verified entries count toward licensure.
 *
 * @param topics     what was discussed, de-identified; shown to the two parties only
 * @param verifiedAt when the supervisor verified (signed) the entry, or {@code null}
 */
public record SupervisionSession(UUID id, UUID relationshipId, UUID supervisorId, UUID superviseeId, LocalDate date,
        int minutes, SupervisionFormat format, SupervisionMedium medium, String topics, UUID loggedBy, Instant loggedAt,
        Instant verifiedAt) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
