package org.alliance.supervision.internal.rest;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.supervision.NewObservation;
import org.alliance.api.supervision.Observation;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Live observation: request (201, or 422 without the client's consent), list, answer, record. */
@Component(service = ObservationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    /** Body of a recorded observation. */
    public record Recorded(String observations, String intervention) {
    }

    private final SupervisionService supervision;

    @Activate
    public ObservationResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    @POST
    public Response request(NewObservation body, @Context SecurityContext sc) {
        Observation requested = supervision.requestObservation(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/supervision/observations")).entity(requested).build();
    }

    /** The requests the actor made or was asked, soonest first, with their times: the observer's calendar of them. */
    @GET
    public List<Observation> list(@Context SecurityContext sc) {
        return supervision.observations(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/{id}/accept")
    public Observation accept(@PathParam("id") String id, @Context SecurityContext sc) {
        return supervision.answerObservation(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), true);
    }

    @POST
    @Path("/{id}/decline")
    public Observation decline(@PathParam("id") String id, @Context SecurityContext sc) {
        return supervision.answerObservation(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), false);
    }

    @POST
    @Path("/{id}/record")
    public Observation record(@PathParam("id") String id, Recorded body, @Context SecurityContext sc) {
        return supervision.recordObservation(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id),
                body == null ? null : body.observations(), body == null ? null : body.intervention());
    }
}
