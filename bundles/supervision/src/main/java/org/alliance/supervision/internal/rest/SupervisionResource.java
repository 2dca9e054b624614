package org.alliance.supervision.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.alliance.api.supervision.RuleSetInfo;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.AllianceRest;
import org.alliance.supervision.internal.SupervisionSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installed licensure rule sets and the practice's supervision settings, for forms. */
@Component(service = SupervisionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    private final SupervisionService supervision;
    private final SupervisionSettings settings;

    @Activate
    public SupervisionResource(@Reference SupervisionService supervision, @Reference SupervisionSettings settings) {
        this.supervision = supervision;
        this.settings = settings;
    }

    @GET
    @Path("/rule-sets")
    public List<RuleSetInfo> ruleSets() {
        return supervision.ruleSets();
    }

    @GET
    @Path("/policy")
    public SupervisionSettings.Policy policy() {
        return settings.policy();
    }
}
