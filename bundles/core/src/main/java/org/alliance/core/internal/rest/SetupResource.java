package org.alliance.core.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.core.internal.security.FirstRunSetup;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.spi.rest.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The one-time setup of a fresh installation: create the first admin with the token from the log. */
@Component(service = SetupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetupResource {

    /** Body of the setup request. */
    public record SetupRequest(String token, String username, String password, String displayName, String email) {
    }

    private final FirstRunSetup setup;

    @Activate
    public SetupResource(@Reference FirstRunSetup setup) {
        this.setup = setup;
    }

    @GET
    @Anonymous
    public Map<String, Boolean> status() {
        return Map.of("required", setup.required());
    }

    @POST
    @Anonymous
    public Response complete(SetupRequest body) {
        User admin = setup.complete(body.token(), new NewUser(body.username(), body.password(), body.displayName(),
                body.email(), Set.of(Role.ADMIN), List.of(), null));
        return Response.status(201).entity(admin).build();
    }
}
