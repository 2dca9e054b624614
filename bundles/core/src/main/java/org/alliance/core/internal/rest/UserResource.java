package org.alliance.core.internal.rest;

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
import org.alliance.api.core.Actor;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.User;
import org.alliance.api.core.UserChanges;
import org.alliance.api.core.UserService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Practitioner accounts. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    @POST
    public Response create(NewUser body, @Context SecurityContext sc) {
        User user = users.create(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/users/" + user.id())).entity(user).build();
    }

    @GET
    public List<User> list(@Context SecurityContext sc) {
        return users.list(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/colleagues")
    public List<Colleague> colleagues(@Context SecurityContext sc) {
        return users.colleagues(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/me")
    public User me(@Context SecurityContext sc) {
        Actor actor = ActorPrincipal.actorOf(sc);
        return users.get(actor, actor.userId());
    }

    @GET
    @Path("/{id}")
    public User get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return users.get(ActorPrincipal.actorOf(sc), id);
    }

    @PATCH
    @Path("/{id}")
    public User update(@PathParam("id") UUID id, UserChanges body, @Context SecurityContext sc) {
        return users.update(ActorPrincipal.actorOf(sc), id, body);
    }
}
