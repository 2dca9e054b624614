package org.alliance.notes.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.notes.NotesService;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The clinical record at {@code /notes}: the signed-in practitioner's engagements, then at
 * {@code /notes/<engagement id>} one engagement's progress and psychotherapy notes, treatment
 * plan and outcome measures, and at {@code /notes/<engagement id>/<note id>} one note (the
 * editor for a draft, read-only with its addenda once signed). Supervisors have it too: a note
 * waiting for their co-signature opens here.
 */
@Component(service = WebPage.class)
public class NotesPage implements WebPage {

    /** Who writes notes (therapists, interns), and who co-signs them (supervisors). */
    static final Set<Role> ROLES = Set.of(Role.THERAPIST, Role.INTERN, Role.SUPERVISOR);

    /** The service is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public NotesPage(@Reference NotesService notes) {
    }

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public String title() {
        return "Notes";
    }

    @Override
    public String path() {
        return "/notes";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return NotesFiles.BASE + "/notes-page.js";
    }

    @Override
    public int order() {
        return 200;
    }
}
