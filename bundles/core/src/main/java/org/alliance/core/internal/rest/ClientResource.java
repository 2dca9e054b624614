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
import org.alliance.api.core.Client;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.NewClient;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Clients, as the caller may see them. */
@Component(service = ClientResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    /** Body of an emergency-access request. */
    public record BreakGlassRequest(String reason) {
    }

    private final ClientService clients;

    @Activate
    public ClientResource(@Reference ClientService clients) {
        this.clients = clients;
    }

    @POST
    public Response create(NewClient body, @Context SecurityContext sc) {
        Client client = clients.create(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/clients/" + client.id())).entity(client).build();
    }

    @GET
    public List<Client> list(@Context SecurityContext sc) {
        return clients.list(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/{id}")
    public Client get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return clients.get(ActorPrincipal.actorOf(sc), id);
    }

    @POST
    @Path("/{id}/break-glass")
    public Client breakGlass(@PathParam("id") UUID id, BreakGlassRequest body, @Context SecurityContext sc) {
        return clients.breakGlass(ActorPrincipal.actorOf(sc), id, body.reason());
    }
}
