package org.alliance.supervision.internal.rest;

import java.net.URI;
import java.time.LocalDate;
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
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.NewRelationship;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Supervision relationships: record (201, or 422 naming every conflict), list, end. */
@Component(service = RelationshipResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    /**
     * Body of a new relationship. The rule set is {@code ruleSet} (as issue 7 and forms name it) or
     * {@code ruleSetId} (as a relationship is read back); absent, the practice's default applies.
     */
    public record NewRelationshipBody(UUID supervisorId, UUID superviseeId, CosignMode cosignMode, String ruleSet,
            String ruleSetId, LocalDate start, LocalDate end, boolean consentRecorded, String scope,
            boolean psychotherapyNotes) {
    }

    /** Body of an ending. */
    public record Ending(LocalDate lastDay) {
    }

    private final SupervisionService supervision;

    @Activate
    public RelationshipResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    @POST
    public Response create(NewRelationshipBody body, @Context SecurityContext sc) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        if (body.ruleSet() != null && body.ruleSetId() != null && !body.ruleSet().equals(body.ruleSetId())) {
            throw new InvalidInputException("ruleSet", "and ruleSetId name different rule sets; give one");
        }
        Relationship created = supervision.createRelationship(ActorPrincipal.actorOf(sc), new NewRelationship(
                body.supervisorId(), body.superviseeId(), body.cosignMode(), body.ruleSet() != null ? body.ruleSet()
                        : body.ruleSetId(), body.start(), body.end(), body.consentRecorded(), body.scope(),
                body.psychotherapyNotes()));
        return Response.created(URI.create("v1/supervision/relationships?superviseeId=" + created.superviseeId()))
                .entity(created).build();
    }

    @GET
    public List<Relationship> list(@QueryParam("superviseeId") String superviseeId,
            @QueryParam("supervisorId") String supervisorId, @Context SecurityContext sc) {
        return supervision.relationships(ActorPrincipal.actorOf(sc), Params.uuid("superviseeId", superviseeId),
                Params.uuid("supervisorId", supervisorId));
    }

    @POST
    @Path("/{id}/end")
    public Relationship end(@PathParam("id") String id, Ending body, @Context SecurityContext sc) {
        return supervision.endRelationship(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id),
                body == null ? null : body.lastDay());
    }
}
