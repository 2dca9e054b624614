package org.alliance.examples.noticeboard.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
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
import org.alliance.examples.noticeboard.internal.NewNotice;
import org.alliance.examples.noticeboard.internal.Notice;
import org.alliance.examples.noticeboard.internal.NoticeBoard;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/noticeboard/notices}, in Alliance's one JAX-RS application. Core has already
 * authenticated the request, writes the JSON and turns the board's exceptions into problem
 * responses; this class only passes the actor and the input on.
 */
@Component(service = NoticeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/noticeboard/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeBoard board;

    @Activate
    public NoticeResource(@Reference NoticeBoard board) {
        this.board = board;
    }

    /**
     * The current notices; {@code ?limit=3} for the first three. The limit is read as text: left
     * to JAX-RS, {@code ?limit=abc} would be a bare 404 instead of a 400 that names the field.
     */
    @GET
    public List<Notice> current(@QueryParam("limit") String limit, @Context SecurityContext sc) {
        return board.current(ActorPrincipal.actorOf(sc), number("limit", limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(NewNotice body, @Context SecurityContext sc) {
        Notice notice = board.post(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/noticeboard/notices/" + notice.id())).entity(notice).build();
    }

    /** Takes no body, so it declares no {@code @Consumes}: a bare POST must not be a 415. */
    @POST
    @Path("/{id}/archive")
    public Notice archive(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return board.archive(ActorPrincipal.actorOf(sc), id);
    }

    private static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a whole number");
        }
    }
}
