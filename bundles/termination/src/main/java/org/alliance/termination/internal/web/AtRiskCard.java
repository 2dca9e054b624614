package org.alliance.termination.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.termination.TerminationService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Engagements at risk" on the home dashboard: active engagements with no recent session and no
 * termination plan (ACA A.12). Offered to the treating roles, supervisors and admins; its script
 * keeps it out of sight while a therapist has none, but shows "none" to supervisors and admins,
 * who watch the whole practice.
 */
@Component(service = DashboardCard.class)
public class AtRiskCard implements DashboardCard {

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public AtRiskCard(@Reference TerminationService termination) {
    }

    @Override
    public String id() {
        return "termination.at-risk";
    }

    @Override
    public String title() {
        return "Engagements at risk";
    }

    @Override
    public Set<Role> roles() {
        return TerminationPage.ROLES;
    }

    @Override
    public String script() {
        return TerminationFiles.BASE + "/at-risk-card.js";
    }

    @Override
    public int order() {
        return 220;
    }
}
