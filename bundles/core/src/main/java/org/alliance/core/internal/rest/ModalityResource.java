package org.alliance.core.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModalityInfo;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installed modality plugins with their templates and measures, for any signed-in user. */
@Component(service = ModalityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/modalities")
@Produces(MediaType.APPLICATION_JSON)
public class ModalityResource {

    private final ModalityCatalog modalities;

    @Activate
    public ModalityResource(@Reference ModalityCatalog modalities) {
        this.modalities = modalities;
    }

    @GET
    public List<ModalityInfo> list(@Context SecurityContext sc) {
        ActorPrincipal.actorOf(sc);
        return modalities.installed();
    }

    @GET
    @Path("/{id}")
    public ModalityInfo get(@PathParam("id") String id, @Context SecurityContext sc) {
        ActorPrincipal.actorOf(sc);
        return modalities.find(id).orElseThrow(() -> new RecordNotFoundException(
                "No modality '" + id + "' is installed. The installed ones are listed at /api/v1/modalities."));
    }
}
