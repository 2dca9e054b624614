package org.alliance.scheduling.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.scheduling.Availability;
import org.alliance.api.scheduling.FreeSlot;
import org.alliance.api.scheduling.Room;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Working hours and free slots. */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/scheduling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final SchedulingService scheduling;

    @Activate
    public CalendarResource(@Reference SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @GET
    @Path("/free-slots")
    public List<FreeSlot> freeSlots(@QueryParam("therapistId") String therapistId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("durationMinutes") String duration, @Context SecurityContext sc) {
        return scheduling.freeSlots(ActorPrincipal.actorOf(sc), Params.uuid("therapistId", therapistId),
                Params.instant("from", from), Params.instant("to", to), Params.integer("durationMinutes", duration, 50));
    }

    /** Body of a new room. */
    public record NewRoom(String name) {
    }

    @GET
    @Path("/rooms")
    public List<Room> rooms(@Context SecurityContext sc) {
        return scheduling.rooms(ActorPrincipal.actorOf(sc));
    }

    @POST
    @Path("/rooms")
    public javax.ws.rs.core.Response addRoom(NewRoom body, @Context SecurityContext sc) {
        Room room = scheduling.addRoom(ActorPrincipal.actorOf(sc), body == null ? null : body.name());
        return javax.ws.rs.core.Response.status(201).entity(room).build();
    }

    @POST
    @Path("/rooms/{id}/deactivate")
    public Room deactivateRoom(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.setRoomActive(ActorPrincipal.actorOf(sc), Params.uuid("id", id), false);
    }

    @POST
    @Path("/rooms/{id}/activate")
    public Room activateRoom(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.setRoomActive(ActorPrincipal.actorOf(sc), Params.uuid("id", id), true);
    }

    @GET
    @Path("/availability/{therapistId}")
    public Availability availability(@PathParam("therapistId") String therapistId, @Context SecurityContext sc) {
        return scheduling.availability(ActorPrincipal.actorOf(sc), Params.uuid("therapistId", therapistId));
    }

    @PUT
    @Path("/availability/{therapistId}")
    public Availability setAvailability(@PathParam("therapistId") String therapistId, Availability body,
            @Context SecurityContext sc) {
        var id = Params.uuid("therapistId", therapistId);
        if (body != null && body.therapistId() != null && !body.therapistId().equals(id)) {
            throw new InvalidInputException("therapistId", "the body names another therapist than the address");
        }
        return scheduling.setAvailability(ActorPrincipal.actorOf(sc),
                new Availability(id, body == null ? List.of() : body.hours()));
    }
}
