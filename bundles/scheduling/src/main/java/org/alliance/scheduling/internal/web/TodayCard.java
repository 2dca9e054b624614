package org.alliance.scheduling.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Today" on the home dashboard: the signed-in practitioner's appointments of the day (every
 * therapist's for front desk and admins), with a link to the calendar.
 */
@Component(service = DashboardCard.class)
public class TodayCard implements DashboardCard {

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public TodayCard(@Reference SchedulingService scheduling) {
    }

    @Override
    public String id() {
        return "scheduling.today";
    }

    @Override
    public String title() {
        return "Today";
    }

    @Override
    public Set<Role> roles() {
        return CalendarPage.ROLES;
    }

    @Override
    public String script() {
        return SchedulingFiles.BASE + "/today-card.js";
    }

    @Override
    public int order() {
        return 150;
    }
}
