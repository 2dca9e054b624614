package org.alliance.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AllianceException;
import org.alliance.api.core.Role;
import org.alliance.api.core.UserService;
import org.alliance.core.internal.security.SessionStore;
import org.alliance.core.internal.security.SessionStore.Session;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.spi.rest.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Authenticates every request to the Alliance API, before any resource runs: a session cookie
 * (state-changing methods must echo the session's CSRF token in {@code X-CSRF-Token}) or HTTP
 * Basic for scripts. Methods marked {@link Anonymous} are let through. Every response is marked
 * uncacheable, since most carry health information.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName("alliance.authentication")
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final UserService users;
    private final SessionStore sessions;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(@Reference UserService users, @Reference SessionStore sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() != null && resourceInfo.getResourceMethod().isAnnotationPresent(Anonymous.class)) {
            return;
        }
        try {
            Actor actor = authenticate(request);
            request.setSecurityContext(new ActorSecurityContext(actor, "https".equals(request.getUriInfo()
                    .getRequestUri().getScheme()), basicCredentials(request).isPresent() ? SecurityContext.BASIC_AUTH : "SESSION"));
        } catch (AllianceException e) {
            // No WWW-Authenticate challenge: a browser would cache Basic credentials and send them
            // with cross-site requests, which carry no CSRF token. Scripts send Basic pre-emptively.
            request.abortWith(new ProblemMapper().toResponse(e));
        }
    }

    private Actor authenticate(ContainerRequestContext request) {
        Optional<String[]> basic = basicCredentials(request);
        if (basic.isPresent()) {
            return users.authenticate(basic.get()[0], basic.get()[1], servletRequest.getRemoteAddr());
        }
        Cookie cookie = request.getCookies().get(AllianceRest.SESSION_COOKIE);
        if (cookie == null) {
            throw new org.alliance.api.core.AuthenticationException("Sign in first.");
        }
        boolean background = resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(KeepsSessionIdle.class);
        Session session = (background ? sessions.find(cookie.getValue()) : sessions.touch(cookie.getValue()))
                .orElseThrow(() -> new org.alliance.api.core.AuthenticationException(
                        "Your session has ended. Sign in again."));
        if (!SAFE_METHODS.contains(request.getMethod())
                && !SessionStore.csrfMatches(session, request.getHeaderString(AllianceRest.CSRF_HEADER))) {
            throw new org.alliance.api.core.AccessDeniedException("Missing or wrong " + AllianceRest.CSRF_HEADER
                    + " header. Send the token you received at sign-in with every change.");
        }
        return session.actor();
    }

    private static Optional<String[]> basicCredentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
    }

    /** The principal resources read the actor from. */
    record ActorPrincipalImpl(Actor actor) implements ActorPrincipal {
        @Override
        public String getName() {
            return actor.username();
        }
    }

    private record ActorSecurityContext(Actor actor, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new ActorPrincipalImpl(actor);
        }

        @Override
        public boolean isUserInRole(String role) {
            try {
                return actor.has(Role.fromWireName(role));
            } catch (AllianceException unknownRole) {
                return false;
            }
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
