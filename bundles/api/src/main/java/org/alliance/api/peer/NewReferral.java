package org.alliance.api.peer;

import java.util.UUID;

/**
 * A referral of a client the actor treats to a peer.
 *
 * @param reason        why, for the receiving peer (sealed at rest)
 * @param clientConsent required: the client agreed to the referral
 */
public record NewReferral(UUID clientId, UUID toPractitionerId, String reason, boolean clientConsent) {
}
