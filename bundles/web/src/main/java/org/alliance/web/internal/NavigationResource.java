package org.alliance.web.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Practice;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What the shell draws for the signed-in user: the practice's name, their pages and their dashboard cards. */
@Component(service = NavigationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@Path("/v1/web/navigation")
@Produces(MediaType.APPLICATION_JSON)
public class NavigationResource {

    /** The shell's view of the installation for one user. */
    public record Navigation(String practiceName, String timeZone, List<Contribution> pages, List<Contribution> cards) {
    }

    private final ContributionRegistry contributions;
    private final Practice practice;

    @Activate
    public NavigationResource(@Reference ContributionRegistry contributions, @Reference Practice practice) {
        this.contributions = contributions;
        this.practice = practice;
    }

    @GET
    public Navigation navigation(@Context SecurityContext sc) {
        Actor actor = ActorPrincipal.actorOf(sc);
        return new Navigation(practice.name(), practice.zone().getId(), contributions.pagesFor(actor),
                contributions.cardsFor(actor));
    }
}
