package org.alliance.api.peer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A consultation thread as its reader sees it: the author, the peers addressed, and the members of
 * the group addressed read it.
 *
 * @param clientId      the client, for the author only; {@code null} for every peer
 * @param clientConsent whether the author recorded the client's consent to share identifying details
 * @param replies       oldest first
 */
public record Consultation(UUID id, UUID authorId, String authorName, UUID clientId, String question,
        String caseSummary, List<UUID> peerIds, UUID groupId, boolean clientConsent, Instant createdAt,
        List<Reply> replies) {

    public Consultation {
        peerIds = List.copyOf(peerIds);
        replies = List.copyOf(replies);
    }
}
