package org.alliance.notify.internal.rest;

import java.util.List;
import java.util.UUID;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.notify.Notification;
import org.alliance.api.notify.Notifier;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/notifications}: the signed-in user's own in-app notifications. There is no way
 * to send one over REST on purpose: modules notify through the {@link Notifier} service, so
 * only code that knows what may be said sends anything.
 */
@Component(service = NotificationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final int DEFAULT_LIMIT = 50;

    private final Notifier notifier;

    @Activate
    public NotificationResource(@Reference Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * Newest first; {@code ?unread=true} for the unread ones only, {@code ?limit=} 1 to 100
     * (default 50). Both are read as text: left to JAX-RS, {@code ?limit=abc} would be a bare
     * 404 instead of a 400 that names the field.
     */
    @GET
    public List<Notification> inbox(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
            @Context SecurityContext sc) {
        return notifier.inbox(ActorPrincipal.actorOf(sc), flag("unread", unread), number("limit", limit));
    }

    /** Takes no body, so it declares no {@code @Consumes}: a bare POST must not be a 415. */
    @POST
    @Path("/{id}/read")
    public Response markRead(@PathParam("id") UUID id, @Context SecurityContext sc) {
        notifier.markRead(ActorPrincipal.actorOf(sc), id);
        return Response.noContent().build();
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }

    private static int number(String field, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a whole number");
        }
    }
}
