package org.alliance.api.core;

import java.util.List;
import java.util.Set;

/**
 * A partial update of an account: every {@code null} component leaves that attribute unchanged.
 *
 * @param password a new password (policy-checked); {@code null} keeps the current one
 * @param active   {@code false} deactivates the account, which ends its sessions
 */
public record UserChanges(String displayName, String email, Set<Role> roles, List<String> modalities,
        String licenseNumber, Boolean active, String password) {
}
