package org.alliance.notes.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.notes.NotesService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Notes to finish" on the home dashboard: the signed-in practitioner's unsigned drafts, each a link to its editor. */
@Component(service = DashboardCard.class)
public class DraftsCard implements DashboardCard {

    /** The roles that treat clients, and so write notes. */
    static final Set<Role> ROLES = Set.of(Role.THERAPIST, Role.INTERN);

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public DraftsCard(@Reference NotesService notes) {
    }

    @Override
    public String id() {
        return "notes.drafts";
    }

    @Override
    public String title() {
        return "Notes to finish";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return NotesFiles.BASE + "/drafts-card.js";
    }

    @Override
    public int order() {
        return 200;
    }
}
