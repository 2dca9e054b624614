package org.alliance.peer.internal.rest;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.peer.DirectoryEntry;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The opt-in directory. */
@Component(service = DirectoryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final PeerNetworkService peers;

    @Activate
    public DirectoryResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @GET
    public List<DirectoryEntry> list(@QueryParam("modality") String modality, @QueryParam("medium") String medium,
            @QueryParam("language") String language, @Context SecurityContext sc) {
        return peers.directory(ActorPrincipal.actorOf(sc), blankToNull(modality), medium(medium), blankToNull(language));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A 400 naming the accepted values, rather than JAX-RS's bare 404 for an enum it cannot convert. */
    static Medium medium(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Medium.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("medium", "takes IN_PERSON or VIDEO");
        }
    }
}
