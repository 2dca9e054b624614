package org.alliance.api.notes;

import java.util.Objects;
import java.util.UUID;

/**
 * A co-signature a {@link SignatureRequirement} asks for.
 *
 * @param cosignerId the practitioner who must co-sign (e.g. the intern's supervisor)
 * @param reason     why, shown with the note, e.g. "Supervised under California LMFT rules"
 */
public record Cosignature(UUID cosignerId, String reason) {

    public Cosignature {
        Objects.requireNonNull(cosignerId, "cosignerId");
        Objects.requireNonNull(reason, "reason");
    }
}
