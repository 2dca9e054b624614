package org.alliance.termination.internal.rest;

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
import org.alliance.api.termination.NewPlan;
import org.alliance.api.termination.NewReferral;
import org.alliance.api.termination.Plan;
import org.alliance.api.termination.TerminationService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Termination plans: open, approve, referrals, checklist, close, letter. */
@Component(service = PlanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/termination/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    /** Body of a checklist tick. */
    public record Mark(Boolean done, String note) {
    }

    private final TerminationService termination;

    @Activate
    public PlanResource(@Reference TerminationService termination) {
        this.termination = termination;
    }

    @POST
    public Response create(NewPlan body, @Context SecurityContext sc) {
        Plan plan = termination.create(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/termination/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    public List<Plan> forEngagement(@QueryParam("engagementId") String engagementId, @Context SecurityContext sc) {
        return termination.forEngagement(ActorPrincipal.actorOf(sc), Params.requiredUuid("engagementId", engagementId));
    }

    @GET
    @Path("/awaiting-approval")
    public List<Plan> awaitingApproval(@Context SecurityContext sc) {
        return termination.awaitingApproval(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/{id}")
    public Plan get(@PathParam("id") String id, @Context SecurityContext sc) {
        return termination.get(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/approve")
    public Plan approve(@PathParam("id") String id, @Context SecurityContext sc) {
        return termination.approve(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/referrals")
    public Response addReferral(@PathParam("id") String id, NewReferral body, @Context SecurityContext sc) {
        Plan plan = termination.addReferral(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body);
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    @POST
    @Path("/{id}/checklist/{itemId}")
    public Plan mark(@PathParam("id") String id, @PathParam("itemId") String itemId, Mark body, @Context SecurityContext sc) {
        if (body == null || body.done() == null) {
            throw new InvalidInputException("done", "is required: true to tick, false to untick");
        }
        return termination.markItem(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), itemId, body.done(), body.note());
    }

    @POST
    @Path("/{id}/close")
    public Plan close(@PathParam("id") String id, @Context SecurityContext sc) {
        return termination.close(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @GET
    @Path("/{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") String id, @Context SecurityContext sc) {
        UUID planId = Params.requiredUuid("id", id);
        return Response.ok(termination.letterPdf(ActorPrincipal.actorOf(sc), planId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"termination-letter-" + planId + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
