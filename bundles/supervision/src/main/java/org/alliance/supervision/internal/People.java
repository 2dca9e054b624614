package org.alliance.supervision.internal;

import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;

/**
 * Practitioner accounts as the module itself reads them: names and license numbers for views and
 * letters, roles for the rules. Accounts hold no client data, so these reads are not audited.
 */
final class People {

    static final Actor MODULE = Actor.system("supervision");

    private final UserService users;

    People(UserService users) {
        this.users = users;
    }

    Optional<User> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(users.get(MODULE, id));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    String name(UUID id) {
        return find(id).map(User::displayName).orElse("Former practitioner");
    }
}
