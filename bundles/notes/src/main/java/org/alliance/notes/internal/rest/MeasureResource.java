package org.alliance.notes.internal.rest;

import java.util.List;
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
import org.alliance.api.notes.Measure;
import org.alliance.api.notes.MeasureResult;
import org.alliance.api.notes.NotesService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Outcome measures: what is on offer, recording a completed one, the trend of an engagement. */
@Component(service = MeasureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/notes/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {

    /** Body of a completed measure: one answer value per item, in order. */
    public record Responses(String engagementId, List<Integer> answers) {
    }

    private final NotesService notes;

    @Activate
    public MeasureResource(@Reference NotesService notes) {
        this.notes = notes;
    }

    @GET
    public List<Measure> measures(@Context SecurityContext sc) {
        return notes.measures(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/{measureId}/responses")
    public Response record(@PathParam("measureId") String measureId, Responses body, @Context SecurityContext sc) {
        if (body == null) {
            throw new InvalidInputException("body", "is required: {\"engagementId\": ..., \"answers\": [...]}");
        }
        MeasureResult result = notes.recordMeasure(ActorPrincipal.actorOf(sc),
                Params.requiredUuid("engagementId", body.engagementId()), measureId, body.answers());
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("/trend")
    public List<MeasureResult> trend(@QueryParam("engagementId") String engagementId,
            @QueryParam("measureId") String measureId, @Context SecurityContext sc) {
        return notes.trend(ActorPrincipal.actorOf(sc), Params.requiredUuid("engagementId", engagementId), measureId);
    }
}
