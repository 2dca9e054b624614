package org.alliance.supervision.internal.store;

import java.time.Instant;
import java.util.UUID;
import org.alliance.api.supervision.ObservationMode;
import org.alliance.api.supervision.ObservationStatus;

/**
 * An observation request as stored, its clinical text opened.
 *
 * @param clientId  the observed appointment's client, for the audit log only (never shown)
 * @param meetingId the observer's calendar entry booked on acceptance, or {@code null}
 */
public record ObservationRow(UUID id, UUID appointmentId, UUID clientId, Instant start, Instant end, UUID requesterId,
        UUID observerId, ObservationMode mode, ObservationStatus status, Instant consentRecordedAt, String observations,
        String intervention, UUID meetingId, Instant createdAt) {

    /** Whether {@code userId} asked for or was asked to observe. */
    public boolean involves(UUID userId) {
        return requesterId.equals(userId) || observerId.equals(userId);
    }
}
