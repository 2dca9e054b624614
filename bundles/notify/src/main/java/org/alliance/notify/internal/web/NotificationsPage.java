package org.alliance.notify.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.notify.Notifier;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Notifications page at {@code /notifications}, for every signed-in user: their own notifications. */
@Component(service = WebPage.class)
public class NotificationsPage implements WebPage {

    /** The notifier is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public NotificationsPage(@Reference Notifier notifier) {
    }

    @Override
    public String id() {
        return "notify";
    }

    @Override
    public String title() {
        return "Notifications";
    }

    @Override
    public String path() {
        return "/notifications";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public String script() {
        return NotifyFiles.BASE + "/notifications-page.js";
    }

    @Override
    public int order() {
        return 50;
    }
}
