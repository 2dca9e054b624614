package org.alliance.notify.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.notify.Notifier;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The home dashboard's Notifications card: how many are unread, and the latest three. */
@Component(service = DashboardCard.class)
public class NotificationsCard implements DashboardCard {

    /** The notifier is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public NotificationsCard(@Reference Notifier notifier) {
    }

    @Override
    public String id() {
        return "notify.latest";
    }

    @Override
    public String title() {
        return "Notifications";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public String script() {
        return NotifyFiles.BASE + "/notifications-card.js";
    }

    @Override
    public int order() {
        return 50;
    }
}
