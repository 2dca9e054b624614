package org.alliance.api.core;

import java.util.Locale;

/**
 * What a practitioner does in the practice. A user may hold several roles.
 * The wire and storage form is the lower-case name ({@code "therapist"}).
 */
public enum Role {
    /** Administers users and modules; reads no clinical content unless also treating. */
    ADMIN,
    /** Treats clients. */
    THERAPIST,
    /** Trains and supervises therapists and interns. */
    SUPERVISOR,
    /** In training; treats clients under supervision. */
    INTERN,
    /** Runs the office: scheduling and demographics of unsealed clients, no clinical content. */
    FRONTDESK;

    /** The lower-case wire name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name, case-insensitively.
     *
     * @throws InvalidInputException naming the accepted values when {@code name} is unknown
     */
    public static Role fromWireName(String name) {
        if (name != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(name.trim())) {
                    return role;
                }
            }
        }
        throw new InvalidInputException("roles", "unknown role '" + name
                + "'; use admin, therapist, supervisor, intern or frontdesk");
    }

    /** Whether this role treats clients and so may hold engagements. */
    public boolean treats() {
        return this == THERAPIST || this == INTERN;
    }
}
