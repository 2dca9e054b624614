package org.alliance.supervision.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Supervision at {@code /supervision}: the notes waiting for the signed-in supervisor's
 * co-signature or approval, supervision relationships (recorded by admins and supervisors), and
 * observation requests; at {@code /supervision/<supervisee id>} one supervisee's supervision log
 * (verified by the supervisor) and licensure hours with the board PDF. Admins have it for the
 * relationships only: the log and hours are for the two people in supervision.
 */
@Component(service = WebPage.class)
public class SupervisionPage implements WebPage {

    /** Who supervises, who is supervised (interns, and therapists under supervision), and who records relationships (admins). */
    static final Set<Role> ROLES = Set.of(Role.SUPERVISOR, Role.INTERN, Role.THERAPIST, Role.ADMIN);

    /** The service is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public SupervisionPage(@Reference SupervisionService supervision) {
    }

    @Override
    public String id() {
        return "supervision";
    }

    @Override
    public String title() {
        return "Supervision";
    }

    @Override
    public String path() {
        return "/supervision";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return SupervisionFiles.BASE + "/supervision-page.js";
    }

    @Override
    public int order() {
        return 260;
    }
}
