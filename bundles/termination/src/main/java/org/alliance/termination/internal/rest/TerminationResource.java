package org.alliance.termination.internal.rest;

import java.net.URI;
import java.util.List;
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
import org.alliance.api.termination.AtRisk;
import org.alliance.api.termination.Coverage;
import org.alliance.api.termination.NewCoverage;
import org.alliance.api.termination.TerminationService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.alliance.termination.internal.TerminationSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The practice's ending policy, engagements at risk, and cover during absences. */
@Component(service = TerminationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/termination")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerminationResource {

    private final TerminationService termination;
    private final TerminationSettings settings;

    @Activate
    public TerminationResource(@Reference TerminationService termination, @Reference TerminationSettings settings) {
        this.termination = termination;
        this.settings = settings;
    }

    /** The notice and at-risk rules in force, for forms to say up front what a plan needs. */
    @GET
    @Path("/policy")
    public TerminationSettings.Policy policy() {
        return settings.policy();
    }

    @GET
    @Path("/at-risk")
    public List<AtRisk> atRisk(@Context SecurityContext sc) {
        return termination.atRisk(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/coverage")
    public Response addCoverage(NewCoverage body, @Context SecurityContext sc) {
        Coverage added = termination.addCoverage(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/termination/coverage?therapistId=" + added.therapistId())).entity(added).build();
    }

    @GET
    @Path("/coverage")
    public List<Coverage> coverage(@QueryParam("therapistId") String therapistId, @Context SecurityContext sc) {
        return termination.coverage(ActorPrincipal.actorOf(sc), Params.uuid("therapistId", therapistId));
    }
}
