package org.alliance.peer.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import org.alliance.api.peer.IncomingRequest;
import org.alliance.api.peer.NewTherapistRequest;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.api.peer.TherapistRequest;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The confidential search for one's own therapist, for the asker and the asked. */
@Component(service = TherapistRequestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/therapist-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TherapistRequestResource {

    /** Body of an ask. */
    public record Ask(UUID practitionerId) {
    }

    private final PeerNetworkService peers;

    @Activate
    public TherapistRequestResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @POST
    public Response open(NewTherapistRequest body, @Context SecurityContext sc) {
        TherapistRequest request = peers.requestTherapist(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/peer/therapist-requests/" + request.id())).entity(request).build();
    }

    @GET
    public List<TherapistRequest> mine(@Context SecurityContext sc) {
        return peers.myTherapistRequests(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/{id}/ask")
    public TherapistRequest ask(@PathParam("id") String id, Ask body, @Context SecurityContext sc) {
        return peers.ask(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body == null ? null : body.practitionerId());
    }

    @GET
    @Path("/incoming")
    public List<IncomingRequest> incoming(@Context SecurityContext sc) {
        return peers.incoming(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/{id}/accept")
    public IncomingRequest accept(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.accept(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/decline")
    public IncomingRequest decline(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.decline(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }
}
