package org.alliance.api.peer;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral between peers, as the referring or receiving practitioner sees it.
 *
 * @param clientId     for the referring practitioner; for the receiving one only once they accepted
 * @param clientName   as the reader may see it; {@code null} for the receiving peer until they accept
 * @param engagementId the receiving peer's new engagement, once accepted
 */
public record Referral(UUID id, UUID clientId, String clientName, UUID fromPractitionerId, String fromName,
        UUID toPractitionerId, String toName, String reason, ReferralStatus status, Instant createdAt,
        Instant answeredAt, UUID engagementId) {
}
