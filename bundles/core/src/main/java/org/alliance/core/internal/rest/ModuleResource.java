package org.alliance.core.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.ModuleInfo;
import org.alliance.api.core.ModuleRegistry;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installed modules and plugins, for any signed-in user (the web app builds its menus from them). */
@Component(service = ModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    private final ModuleRegistry modules;

    @Activate
    public ModuleResource(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @GET
    public List<ModuleInfo> list(@Context SecurityContext sc) {
        ActorPrincipal.actorOf(sc);
        return modules.modules();
    }
}
