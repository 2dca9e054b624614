package org.alliance.spi.rest;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuthenticationException;
import org.osgi.annotation.versioning.ProviderType;

/** The principal core puts into every authenticated request's {@link SecurityContext}. */
@ProviderType
public interface ActorPrincipal extends Principal {

    /** The acting practitioner. */
    Actor actor();

    /**
     * The actor of a request, for a resource method that declares {@code @Context SecurityContext}.
     *
     * @throws AuthenticationException when the request is not authenticated (an {@link Anonymous} method)
     */
    static Actor actorOf(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new AuthenticationException("Sign in first.");
    }
}
