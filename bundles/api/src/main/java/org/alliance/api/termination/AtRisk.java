package org.alliance.api.termination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An active engagement with no session for longer than the practice allows and no termination
 * plan: a client who may feel abandoned (APA 10.10, ACA A.11.a).
 *
 * @param clientName  as the reader may see it (a pseudonym for a sealed client they do not treat)
 * @param lastSession the day of the last session held, or {@code null} when there was none
 */
public record AtRisk(UUID engagementId, UUID clientId, String clientName, UUID therapistId, String therapistName,
        LocalDate lastSession, long daysWithoutSession) {
}
