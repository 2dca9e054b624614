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
import org.alliance.api.peer.NewReferral;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.api.peer.Referral;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Referrals between peers. */
@Component(service = ReferralResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final PeerNetworkService peers;

    @Activate
    public ReferralResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @POST
    public Response create(NewReferral body, @Context SecurityContext sc) {
        Referral referral = peers.refer(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/peer/referrals/" + referral.id())).entity(referral).build();
    }

    /** Referrals the signed-in practitioner made (outgoing) or received (incoming). */
    @GET
    public List<Referral> mine(@Context SecurityContext sc) {
        return peers.referrals(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/{id}/accept")
    public Referral accept(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.acceptReferral(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/decline")
    public Referral decline(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.declineReferral(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }
}
