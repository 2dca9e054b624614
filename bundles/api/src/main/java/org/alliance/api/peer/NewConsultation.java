package org.alliance.api.peer;

import java.util.List;
import java.util.UUID;

/**
 * A consultation request about a client the author treats.
 *
 * @param clientId      the client, required; never shown to the peers
 * @param question      what the author asks, required (checked like the summary)
 * @param caseSummary   the de-identified summary, optional
 * @param peerIds       chosen peers; may be empty when a group is given
 * @param groupId       a consultation group the author belongs to, or {@code null}
 * @param clientConsent the client consented to sharing identifying details; lets identifiers through,
 *                      flagged in the audit log
 */
public record NewConsultation(UUID clientId, String question, String caseSummary, List<UUID> peerIds, UUID groupId,
        boolean clientConsent) {
}
