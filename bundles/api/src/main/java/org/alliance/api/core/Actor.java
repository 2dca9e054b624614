package org.alliance.api.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who performs an action: an authenticated practitioner, or the system itself
 * (the local shell, a scheduled job) acting with administrative rights.
 *
 * <p>Services decide every authorization question on the actor they are given.
 *
 * @param userId      the practitioner's id; {@code null} only for the system actor
 * @param username    login name, or a description of the system origin such as {@code "shell:karaf"}
 * @param displayName the person's name, for messages; the audit log records {@code username}
 * @param roles       roles held; never null, possibly empty
 */
public record Actor(UUID userId, String username, String displayName, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The system acting on its own behalf (shell commands run by the operator on the server,
     * scheduled jobs). It holds the admin role only, so it still reads no clinical content.
     *
     * @param origin where the action comes from, recorded in the audit log, e.g. {@code "shell:karaf"}
     */
    public static Actor system(String origin) {
        return new Actor(null, origin, "System (" + origin + ")", Set.of(Role.ADMIN));
    }

    /** Whether the actor holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor is the system rather than a person. */
    public boolean isSystem() {
        return userId == null;
    }
}
