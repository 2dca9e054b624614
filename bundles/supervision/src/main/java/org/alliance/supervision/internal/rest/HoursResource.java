package org.alliance.supervision.internal.rest;

import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.Actor;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.HoursSummary;
import org.alliance.api.supervision.NewClientHours;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Licensure hours: hand-logged client hours, a supervisee's totals and rule results, and the
 * board-ready PDF. Without {@code superviseeId}, the actor's own.
 */
@Component(service = HoursResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision/hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoursResource {

    private final SupervisionService supervision;

    @Activate
    public HoursResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    @POST
    public Response log(NewClientHours body, @Context SecurityContext sc) {
        ClientHours logged = supervision.logHours(ActorPrincipal.actorOf(sc), body);
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }

    @GET
    public HoursSummary summary(@QueryParam("superviseeId") String superviseeId, @Context SecurityContext sc) {
        return supervision.hours(ActorPrincipal.actorOf(sc), Params.uuid("superviseeId", superviseeId));
    }

    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    public Response export(@QueryParam("superviseeId") String superviseeId, @Context SecurityContext sc) {
        Actor actor = ActorPrincipal.actorOf(sc);
        UUID who = Params.uuid("superviseeId", superviseeId);
        byte[] pdf = supervision.hoursPdf(actor, who);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"supervised-experience-"
                        + (who != null ? who : actor.userId()) + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
