package org.alliance.core.internal.rest;

import java.time.Instant;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuthenticationException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.core.internal.security.SessionStore;
import org.alliance.core.internal.security.SessionStore.Session;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.spi.rest.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Sign-in, sign-out and the current session, for the web app. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Sign-in request body. */
    public record Credentials(String username, String password) {
    }

    /** What the browser keeps: who is signed in, the CSRF token to echo, and when the session idles out. */
    public record SessionInfo(User user, String csrfToken, long idleTimeoutSeconds, Instant expiresAt) {
    }

    private final UserService users;
    private final SessionStore sessions;

    @Activate
    public AuthResource(@Reference UserService users, @Reference SessionStore sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @POST
    @Path("/login")
    @Anonymous
    public Response login(Credentials credentials, @Context HttpServletRequest request, @Context UriInfo uri) {
        Actor actor = users.authenticate(credentials.username(), credentials.password(), request.getRemoteAddr());
        Session session = sessions.open(actor);
        boolean secure = "https".equals(uri.getRequestUri().getScheme());
        return Response.ok(info(session))
                .header("Set-Cookie", AllianceRest.SESSION_COOKIE + "=" + session.token()
                        + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""))
                .build();
    }

    @POST
    @Path("/logout")
    public Response logout(@CookieParam(AllianceRest.SESSION_COOKIE) String token) {
        sessions.close(token);
        return Response.noContent()
                .header("Set-Cookie", AllianceRest.SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
                .build();
    }

    /** The current session; calling it does not restart the idle clock, so the browser can poll it. */
    @GET
    @Path("/session")
    @KeepsSessionIdle
    public SessionInfo session(@CookieParam(AllianceRest.SESSION_COOKIE) String token) {
        return sessions.find(token).map(this::info)
                .orElseThrow(() -> new AuthenticationException("This request is not signed in with a session."));
    }

    private SessionInfo info(Session session) {
        Actor actor = session.actor();
        return new SessionInfo(users.get(actor, actor.userId()), session.csrfToken(), sessions.idleTimeout().toSeconds(),
                session.expires());
    }
}
