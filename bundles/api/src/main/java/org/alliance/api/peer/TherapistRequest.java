package org.alliance.api.peer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A confidential request for a therapist, as its asker (and only its asker) sees it.
 *
 * @param matches          the practitioners the asker may ask now, recomputed on every read (a practitioner
 *                         who declined, or became a conflict, drops out); empty once accepted
 * @param askedId          the practitioner being asked, who accepted, or who declined last; {@code null} before
 *                         the first ask
 * @param askedName        their name
 */
public record TherapistRequest(UUID id, String modality, Medium medium, String language, TherapistRequestStatus status,
        Instant createdAt, List<Match> matches, UUID askedId, String askedName) {

    public TherapistRequest {
        matches = List.copyOf(matches);
    }
}
