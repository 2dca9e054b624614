package org.alliance.peer.internal.rest;

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
import org.alliance.api.peer.Consultation;
import org.alliance.api.peer.Group;
import org.alliance.api.peer.Meeting;
import org.alliance.api.peer.NewAttendance;
import org.alliance.api.peer.NewGroup;
import org.alliance.api.peer.NewMeeting;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Consultation groups, their members, meetings and attendance. */
@Component(service = GroupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/peer/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {

    /** Body of adding a member. */
    public record Member(UUID practitionerId) {
    }

    private final PeerNetworkService peers;

    @Activate
    public GroupResource(@Reference PeerNetworkService peers) {
        this.peers = peers;
    }

    @POST
    public Response create(NewGroup body, @Context SecurityContext sc) {
        Group group = peers.createGroup(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/peer/groups/" + group.id())).entity(group).build();
    }

    @GET
    public List<Group> mine(@Context SecurityContext sc) {
        return peers.groups(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/{id}")
    public Group get(@PathParam("id") String id, @Context SecurityContext sc) {
        return peers.group(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/members")
    public Group addMember(@PathParam("id") String id, Member body, @Context SecurityContext sc) {
        return peers.addMember(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id),
                body == null ? null : body.practitionerId());
    }

    @POST
    @Path("/{id}/meetings")
    public Response addMeeting(@PathParam("id") String id, NewMeeting body, @Context SecurityContext sc) {
        Meeting meeting = peers.addMeeting(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body);
        return Response.status(Response.Status.CREATED).entity(meeting).build();
    }

    @POST
    @Path("/{id}/meetings/{meetingId}/attendance")
    public Meeting attendance(@PathParam("id") String id, @PathParam("meetingId") String meetingId, NewAttendance body,
            @Context SecurityContext sc) {
        Params.requiredUuid("id", id);
        return peers.recordAttendance(ActorPrincipal.actorOf(sc), Params.requiredUuid("meetingId", meetingId), body);
    }
}
