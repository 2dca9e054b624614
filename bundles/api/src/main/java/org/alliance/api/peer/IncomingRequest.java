package org.alliance.api.peer;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for a therapist as the practitioner asked sees it. Until they accept, only what the
 * asker needs (modality, medium, language) and when they were asked; who asked is revealed on
 * acceptance, when the asker becomes their sealed clinician-client.
 *
 * @param status       {@link TherapistRequestStatus#ASKED} while waiting for this practitioner's answer, then
 *                     {@code ACCEPTED} or {@code DECLINED} (their own answer)
 * @param askerId      {@code null} unless accepted
 * @param askerName    {@code null} unless accepted
 * @param engagementId the new engagement with the asker, {@code null} unless accepted
 */
public record IncomingRequest(UUID id, String modality, Medium medium, String language, Instant askedAt,
        TherapistRequestStatus status, Instant answeredAt, UUID askerId, String askerName, UUID engagementId) {
}
