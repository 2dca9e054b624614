package org.alliance.scheduling.internal.rest;

import java.util.Map;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.scheduling.internal.feeds.CalendarFeeds;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.spi.rest.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Calendar feeds: create and revoke (signed in), and the feed itself (the token is the credential). */
@Component(service = FeedResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/scheduling/feeds")
public class FeedResource {

    private final CalendarFeeds feeds;

    @Activate
    public FeedResource(@Reference CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri) {
        String token = feeds.create(ActorPrincipal.actorOf(sc));
        String url = uri.getBaseUriBuilder().path("v1/scheduling/feeds/" + token + ".ics").build().toString();
        return Response.status(201).entity(Map.of("url", url, "token", token)).build();
    }

    @DELETE
    @Path("/{token}")
    public Response revoke(@PathParam("token") String token, @Context SecurityContext sc) {
        feeds.revoke(ActorPrincipal.actorOf(sc), token.replaceFirst("\\.ics$", ""));
        return Response.noContent().build();
    }

    @GET
    @Path("/{token}.ics")
    @Anonymous
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        String body = feeds.render(token)
                .orElseThrow(() -> new RecordNotFoundException("No such calendar feed; it may have been revoked."));
        return Response.ok(body, "text/calendar; charset=UTF-8").header("Cache-Control", "no-store").build();
    }
}
