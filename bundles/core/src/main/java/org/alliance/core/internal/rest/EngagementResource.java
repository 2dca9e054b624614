package org.alliance.core.internal.rest;

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
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.NewEngagement;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Episodes of care. */
@Component(service = EngagementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource {

    /** Body of a plain close. */
    public record CloseRequest(String reason) {
    }

    private final EngagementService engagements;

    @Activate
    public EngagementResource(@Reference EngagementService engagements) {
        this.engagements = engagements;
    }

    @POST
    public Response create(NewEngagement body, @Context SecurityContext sc) {
        Engagement e = engagements.create(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/engagements/" + e.id())).entity(e).build();
    }

    @GET
    public List<Engagement> list(@QueryParam("clientId") String clientId, @QueryParam("therapistId") String therapistId,
            @Context SecurityContext sc) {
        return engagements.list(ActorPrincipal.actorOf(sc), Params.uuid("clientId", clientId),
                Params.uuid("therapistId", therapistId));
    }

    /** The competence warning for a therapist and modality, if any: shown before an engagement is opened. */
    public record Competence(String warning) {
    }

    @GET
    @Path("/competence")
    public Competence competence(@QueryParam("therapistId") String therapistId, @QueryParam("modality") String modality,
            @Context SecurityContext sc) {
        return new Competence(engagements.competenceWarning(ActorPrincipal.actorOf(sc),
                Params.uuid("therapistId", therapistId), modality).orElse(null));
    }

    @GET
    @Path("/{id}")
    public Engagement get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return engagements.get(ActorPrincipal.actorOf(sc), id);
    }

    /** What the engagement's client must be told about their therapist's practice (e.g. supervision). */
    public record Disclosures(List<String> statements) {
    }

    @GET
    @Path("/{id}/disclosures")
    public Disclosures disclosures(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return new Disclosures(engagements.disclosures(ActorPrincipal.actorOf(sc), id));
    }

    @POST
    @Path("/{id}/close")
    public Engagement close(@PathParam("id") UUID id, CloseRequest body, @Context SecurityContext sc) {
        return engagements.close(ActorPrincipal.actorOf(sc), id, body.reason());
    }
}
