package org.alliance.api.core;

import java.util.Set;
import java.util.UUID;

/**
 * A colleague as every signed-in user may see them: enough to pick a client's practitioner or
 * an engagement's therapist, nothing more (no email, no username).
 */
public record Colleague(UUID id, String displayName, Set<Role> roles) {

    public Colleague {
        roles = Set.copyOf(roles);
    }
}
