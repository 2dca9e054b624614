package org.alliance.notes.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.notes.NewNote;
import org.alliance.api.notes.NewTreatmentPlan;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NotesService;
import org.alliance.api.notes.TemplateRef;
import org.alliance.api.notes.TreatmentPlan;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.support.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Notes and treatment plans: templates, drafts, signing, co-signature, addenda, plans. */
@Component(service = NoteResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    /** Body of an edit: the draft's answers, replacing the previous ones. */
    public record Fields(Map<String, String> fields) {
    }

    /** Body of an addendum. */
    public record NewAddendum(String text, String reason) {
    }

    /** Body of a return for revision. */
    public record Comments(String comments) {
    }

    private final NotesService notes;

    @Activate
    public NoteResource(@Reference NotesService notes) {
        this.notes = notes;
    }

    @GET
    @Path("/templates")
    public List<TemplateRef> templates(@Context SecurityContext sc) {
        return notes.templates(ActorPrincipal.actorOf(sc));
    }

    @POST
    public Response create(NewNote body, @Context SecurityContext sc) {
        Note note = notes.create(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/notes/" + note.id())).entity(note).build();
    }

    @GET
    public List<Note> list(@QueryParam("engagementId") String engagementId, @Context SecurityContext sc) {
        return notes.list(ActorPrincipal.actorOf(sc), Params.requiredUuid("engagementId", engagementId));
    }

    @GET
    @Path("/drafts")
    public List<Note> drafts(@Context SecurityContext sc) {
        return notes.drafts(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/awaiting-cosignature")
    public List<Note> awaitingCosignature(@Context SecurityContext sc) {
        return notes.awaitingCosignature(ActorPrincipal.actorOf(sc));
    }

    @GET
    @Path("/{id}")
    public Note get(@PathParam("id") String id, @Context SecurityContext sc) {
        return notes.get(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @PUT
    @Path("/{id}")
    public Note update(@PathParam("id") String id, Fields body, @Context SecurityContext sc) {
        if (body == null) {
            throw new InvalidInputException("body", "is required: {\"fields\": {...}}");
        }
        return notes.update(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body.fields());
    }

    @POST
    @Path("/{id}/sign")
    public Note sign(@PathParam("id") String id, @Context SecurityContext sc) {
        return notes.sign(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/cosign")
    public Note cosign(@PathParam("id") String id, @Context SecurityContext sc) {
        return notes.cosign(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id));
    }

    @POST
    @Path("/{id}/return")
    public Note returnForRevision(@PathParam("id") String id, Comments body, @Context SecurityContext sc) {
        return notes.returnForRevision(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body == null ? null : body.comments());
    }

    @POST
    @Path("/{id}/addenda")
    public Response addAddendum(@PathParam("id") String id, NewAddendum body, @Context SecurityContext sc) {
        if (body == null) {
            throw new InvalidInputException("body", "is required: {\"text\": ..., \"reason\": ...}");
        }
        Note note = notes.addAddendum(ActorPrincipal.actorOf(sc), Params.requiredUuid("id", id), body.reason(), body.text());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @POST
    @Path("/plans")
    public Response recordPlan(NewTreatmentPlan body, @Context SecurityContext sc) {
        TreatmentPlan plan = notes.recordPlan(ActorPrincipal.actorOf(sc), body);
        return Response.created(URI.create("v1/notes/plans?engagementId=" + plan.engagementId())).entity(plan).build();
    }

    @GET
    @Path("/plans")
    public List<TreatmentPlan> plans(@QueryParam("engagementId") String engagementId, @Context SecurityContext sc) {
        return notes.plans(ActorPrincipal.actorOf(sc), Params.requiredUuid("engagementId", engagementId));
    }

    @GET
    @Path("/engagements/{id}/record.pdf")
    @Produces("application/pdf")
    public Response record(@PathParam("id") String id, @Context SecurityContext sc) {
        UUID engagementId = Params.requiredUuid("id", id);
        byte[] pdf = notes.recordPdf(ActorPrincipal.actorOf(sc), engagementId);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"record-" + engagementId + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
