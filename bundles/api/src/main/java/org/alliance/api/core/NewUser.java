package org.alliance.api.core;

import java.util.List;
import java.util.Set;

/**
 * What an admin supplies to create a practitioner account.
 *
 * @param password   the initial password in clear text; checked against the practice's password policy and
 *                   stored only as a slow hash
 * @param roles      at least one role
 * @param modalities declared competencies (modality ids), possibly empty; {@code null} means none
 */
public record NewUser(String username, String password, String displayName, String email, Set<Role> roles,
        List<String> modalities, String licenseNumber) {
}
