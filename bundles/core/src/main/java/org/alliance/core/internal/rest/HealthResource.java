package org.alliance.core.internal.rest;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.alliance.api.core.ModuleRegistry;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.spi.rest.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Readiness for load balancers and service managers: 200 UP once every installed module is ready, else 503. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final ModuleRegistry modules;

    @Activate
    public HealthResource(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @GET
    @Anonymous
    public Response health() {
        boolean up = modules.allReady();
        return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN")).build();
    }
}
