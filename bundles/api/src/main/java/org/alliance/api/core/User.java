package org.alliance.api.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A practitioner account. Never carries the password or its hash.
 *
 * @param modalities    modality ids the practitioner declares competence in, e.g. {@code "cbt"}
 * @param licenseNumber professional license number, or {@code null}
 */
public record User(UUID id, String username, String displayName, String email, Set<Role> roles,
        List<String> modalities, String licenseNumber, boolean active, Instant createdAt) {

    public User {
        roles = Set.copyOf(roles);
        modalities = List.copyOf(modalities);
    }

    /** This user as the actor of a request. */
    public Actor asActor() {
        return new Actor(id, username, displayName, roles);
    }
}
