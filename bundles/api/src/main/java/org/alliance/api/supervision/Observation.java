package org.alliance.api.supervision;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to observe a scheduled session, as its reader may see it.
 *
 * @param start        when the observed appointment starts
 * @param observations what the observer saw; clinical, shown to requester and observer only
 * @param intervention what the observer did, for {@link ObservationMode#MAY_INTERVENE}; or {@code null}
 */
public record Observation(UUID id, UUID appointmentId, Instant start, Instant end, UUID requesterId, String requesterName,
        UUID observerId, String observerName, ObservationMode mode, ObservationStatus status, Instant consentRecordedAt,
        String observations, String intervention, Instant createdAt) {
}
