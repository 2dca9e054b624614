package org.alliance.scheduling.internal.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentChange;
import org.alliance.api.scheduling.Booking;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.scheduling.Scope;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Appointments: book, list, read, cancel, reschedule, mark, history. */
@Component(service = AppointmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/scheduling/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    /** Body of a reschedule; scope null means only this occurrence. */
    public record NewStart(OffsetDateTime start, Scope scope) {
    }

    private final SchedulingService scheduling;

    @Activate
    public AppointmentResource(@Reference SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @POST
    public Response book(NewAppointment body, @Context SecurityContext sc) {
        Booking booking = scheduling.book(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/scheduling/appointments/" + booking.appointment().id()))
                .entity(booking).build();
    }

    @GET
    public List<Appointment> find(@QueryParam("therapistId") String therapistId, @QueryParam("clientId") String clientId,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        return scheduling.find(ActorPrincipal.actorOf(sc), Params.uuid("therapistId", therapistId),
                Params.uuid("clientId", clientId), Params.instant("from", from), Params.instant("to", to));
    }

    @GET
    @Path("/{id}")
    public Appointment get(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.get(ActorPrincipal.actorOf(sc), id(id));
    }

    @GET
    @Path("/{id}/history")
    public List<AppointmentChange> history(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.history(ActorPrincipal.actorOf(sc), id(id));
    }

    @POST
    @Path("/{id}/cancel")
    public List<Appointment> cancel(@PathParam("id") String id, Cancellation body, @Context SecurityContext sc) {
        return scheduling.cancel(ActorPrincipal.actorOf(sc), id(id), body);
    }

    @POST
    @Path("/{id}/reschedule")
    public List<Appointment> reschedule(@PathParam("id") String id, NewStart body, @Context SecurityContext sc) {
        return scheduling.reschedule(ActorPrincipal.actorOf(sc), id(id), body == null ? null : body.start(),
                body == null ? null : body.scope());
    }

    @POST
    @Path("/{id}/no-show")
    public Appointment noShow(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.markNoShow(ActorPrincipal.actorOf(sc), id(id));
    }

    @POST
    @Path("/{id}/attended")
    public Appointment attended(@PathParam("id") String id, @Context SecurityContext sc) {
        return scheduling.markAttended(ActorPrincipal.actorOf(sc), id(id));
    }

    private static UUID id(String id) {
        UUID parsed = Params.uuid("id", id);
        if (parsed == null) {
            throw new InvalidInputException("id", "is required");
        }
        return parsed;
    }
}
