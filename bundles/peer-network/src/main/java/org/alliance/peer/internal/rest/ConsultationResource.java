package org.alliance.peer.internal.rest;

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
import org.alliance.api.peer.Consultation;
import org.alliance.api.peer.NewConsultation;
import org.alliance.api.peer.NewReply;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** De-identified consultations and their replies. */
@Component(service = ConsultationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private final PeerNetworkService peers;

    @Activate
    public ConsultationResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @POST
    public Response create(NewConsultation body, @Context SecurityContext sc) {
        Consultation created = peers.consult(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/peer/consultations/" + created.id())).entity(created).build();
    }

    @GET
    public List<Consultation> mine(@Context SecurityContext sc) {
        return peers.consultations(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/{id}")
    public Consultation get(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.consultation(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/replies")
    public Response reply(@PathParam("id") String id, NewReply body, @Context SecurityContext sc) {
        Consultation thread = peers.reply(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body);
        return Response.status(Response.Status.CREATED).entity(thread).build();
    }
}
