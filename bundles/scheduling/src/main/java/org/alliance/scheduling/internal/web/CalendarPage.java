package org.alliance.scheduling.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The calendar at {@code /scheduling}: the week of one or several therapists, booking,
 * cancelling and rescheduling; {@code /scheduling/availability} holds working hours and the
 * free-slot finder. For everyone who schedules or is scheduled.
 */
@Component(service = WebPage.class)
public class CalendarPage implements WebPage {

    static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.FRONTDESK, Role.THERAPIST, Role.INTERN, Role.SUPERVISOR);

    /** The service is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public CalendarPage(@Reference SchedulingService scheduling) {
    }

    @Override
    public String id() {
        return "scheduling";
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public String path() {
        return "/scheduling";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return SchedulingFiles.BASE + "/calendar-page.js";
    }

    @Override
    public int order() {
        return 150;
    }
}
