package org.alliance.supervision.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NotesService;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.alliance.supervision.internal.ModuleMissingException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The supervisor's co-signature queue: the notes waiting for the actor, co-sign, return with
 * comments. The notes module owns notes and decides who may do what; this is the supervisor's
 * door to it. Without notes, the queue is empty and its actions answer 503.
 */
@Component(service = QueueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision/queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueueResource {

    /** Body of a return for revision. */
    public record Returned(String comments) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotesService notes;

    /** The supervision service is referenced only so the queue is offered while the module is up. */
    @Activate
    public QueueResource(@Reference SupervisionService supervision) {
    }

    @GET
    public List<Note> queue(@Context SecurityContext sc) {
        NotesService n = notes;
        var actor = ActorPrincipal.actorOf(sc);
        return n == null ? List.of() : n.awaitingCosignature(actor);
    }

    @POST
    @Path("/{noteId}/cosign")
    public Note cosign(@PathParam("noteId") String noteId, @Context SecurityContext sc) {
        return notes("co-signing").cosign(ActorPrincipal.actorOf(sc), Params.requiredUuid("noteId", noteId));
    }

    @POST
    @Path("/{noteId}/return")
    public Note returnForRevision(@PathParam("noteId") String noteId, Returned body, @Context SecurityContext sc) {
        return notes("returning a note").returnForRevision(ActorPrincipal.actorOf(sc), Params.requiredUuid("noteId", noteId),
                body == null ? null : body.comments());
    }

    private NotesService notes(String needed) {
        NotesService n = notes;
        if (n == null) {
            throw new ModuleMissingException("notes", needed);
        }
        return n;
    }
}
