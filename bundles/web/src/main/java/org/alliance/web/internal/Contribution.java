package org.alliance.web.internal;

import java.util.Set;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;

/**
 * A page or dashboard card as the shell receives it: what the module declared, plus the name
 * of the module that declared it (from its bundle's {@code Alliance-Module-Name} header).
 *
 * @param path null for a dashboard card
 */
public record Contribution(String id, String title, String path, String script, int order, boolean navigation,
        String module, Set<Role> roles) {

    public Contribution {
        roles = Set.copyOf(roles);
    }

    /** Whether the actor holds one of the roles, or the contribution is for everyone. */
    boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::has);
    }
}
