package org.alliance.termination.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.termination.TerminationService;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Termination at {@code /termination}: the practice's notice policy, engagements at risk, the
 * signed-in practitioner's engagements with where each ending stands, and cover during
 * absences; at {@code /termination/<engagement id>} the planner of one ending (plan, timeline
 * with the closure sessions, checklist, referrals, closing, letter, re-intake); at
 * {@code /termination/plans/<plan id>} one plan, the link a therapist sends to whoever approves
 * a short-notice exception. Supervisors and admins have it for approvals, the at-risk list and
 * cover.
 */
@Component(service = WebPage.class)
public class TerminationPage implements WebPage {

    /** Who plans endings (therapists, interns), and who approves exceptions and watches for abandonment (supervisors, admins). */
    static final Set<Role> ROLES = Set.of(Role.THERAPIST, Role.INTERN, Role.SUPERVISOR, Role.ADMIN);

    /** The service is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public TerminationPage(@Reference TerminationService termination) {
    }

    @Override
    public String id() {
        return "termination";
    }

    @Override
    public String title() {
        return "Termination";
    }

    @Override
    public String path() {
        return "/termination";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return TerminationFiles.BASE + "/termination-page.js";
    }

    @Override
    public int order() {
        return 250;
    }
}
