package org.alliance.peer.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.api.peer.Profile;
import org.alliance.api.peer.ProfileChanges;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in practitioner's own directory profile. */
@Component(service = ProfileResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/profiles/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final PeerNetworkService peers;

    @Activate
    public ProfileResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @GET
    public Profile get(@Context SecurityContext sc) {
        return peers.myProfile(ActorPrincipal.actorOf(sc));
    }

    @PUT
    public Profile put(ProfileChanges body, @Context SecurityContext sc) {
        return peers.updateProfile(ActorPrincipal.actorOf(sc), body);
    }
}
