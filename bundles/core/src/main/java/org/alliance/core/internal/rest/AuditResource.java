package org.alliance.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditPage;
import org.alliance.api.core.AuditQuery;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Audit log search for admins, over any time range, paged newest first by the {@code before} cursor. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int DEFAULT_LIMIT = 50;

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public AuditPage search(@QueryParam("clientId") String clientId, @QueryParam("userId") String userId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @QueryParam("flagged") boolean flagged, @Context SecurityContext sc) {
        Long pageSize = Params.longValue("limit", limit);
        return audit.search(ActorPrincipal.actorOf(sc), new AuditQuery(Params.uuid("clientId", clientId),
                Params.uuid("userId", userId), Params.instant("from", from), Params.instant("to", to),
                Params.longValue("before", before),
                pageSize == null ? DEFAULT_LIMIT : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, pageSize)),
                flagged));
    }
}
