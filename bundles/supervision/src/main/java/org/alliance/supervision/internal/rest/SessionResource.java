package org.alliance.supervision.internal.rest;

import java.net.URI;
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
import org.alliance.api.supervision.NewSupervisionSession;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.api.supervision.SupervisionSession;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The supervision log: log a session, list a supervisee's log, the supervisor's verification. */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SupervisionService supervision;

    @Activate
    public SessionResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    @POST
    public Response log(NewSupervisionSession body, @Context SecurityContext sc) {
        SupervisionSession session = supervision.logSession(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/supervision/sessions?superviseeId=" + session.superviseeId()))
                .entity(session).build();
    }

    /** The log of a supervisee, newest first; without {@code superviseeId}, the actor's own. */
    @GET
    public List<SupervisionSession> list(@QueryParam("superviseeId") String superviseeId, @Context SecurityContext sc) {
        return supervision.sessions(ActorPrincipal.actorOf(sc), Params.uuid("superviseeId", superviseeId));
    }

    @POST
    @Path("/{id}/verify")
    public SupervisionSession verify(@PathParam("id") String id, @Context SecurityContext sc) {
        return supervision.verifySession(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }
}
