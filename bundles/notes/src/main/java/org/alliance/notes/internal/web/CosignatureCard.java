package org.alliance.notes.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.notes.NotesService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Awaiting your co-signature" on the home dashboard: supervisees' signed notes waiting for the
 * signed-in user. Offered to everyone who may be asked to co-sign; its script keeps it out of
 * sight while it is empty, except for supervisors, for whom "none" is news too.
 */
@Component(service = DashboardCard.class)
public class CosignatureCard implements DashboardCard {

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public CosignatureCard(@Reference NotesService notes) {
    }

    @Override
    public String id() {
        return "notes.cosignature";
    }

    @Override
    public String title() {
        return "Awaiting your co-signature";
    }

    @Override
    public Set<Role> roles() {
        return NotesPage.ROLES;
    }

    @Override
    public String script() {
        return NotesFiles.BASE + "/cosignature-card.js";
    }

    @Override
    public int order() {
        return 210;
    }
}
