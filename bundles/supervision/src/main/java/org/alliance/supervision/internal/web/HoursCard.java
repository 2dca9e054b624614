package org.alliance.supervision.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Supervision hours" on the home dashboard, for a supervisee: the licensure rules violated or
 * not yet met, and the logged sessions still waiting for the supervisor's verification. Offered
 * to the roles that can be supervised; its script keeps it out of sight for anyone who is not
 * (the notes module already has the supervisor's card, "Awaiting your co-signature").
 */
@Component(service = DashboardCard.class)
public class HoursCard implements DashboardCard {

    /** Interns, and therapists working toward a licence under supervision (associates). */
    static final Set<Role> ROLES = Set.of(Role.INTERN, Role.THERAPIST);

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public HoursCard(@Reference SupervisionService supervision) {
    }

    @Override
    public String id() {
        return "supervision.hours";
    }

    @Override
    public String title() {
        return "Supervision hours";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return SupervisionFiles.BASE + "/hours-card.js";
    }

    @Override
    public int order() {
        return 230;
    }
}
