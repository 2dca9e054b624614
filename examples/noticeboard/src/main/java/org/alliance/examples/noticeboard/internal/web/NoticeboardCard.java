package org.alliance.examples.noticeboard.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.examples.noticeboard.internal.NoticeBoard;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The latest three notices on the home dashboard, for every signed-in user. */
@Component(service = DashboardCard.class)
public class NoticeboardCard implements DashboardCard {

    /** The board is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public NoticeboardCard(@Reference NoticeBoard board) {
    }

    @Override
    public String id() {
        return "noticeboard.latest";
    }

    @Override
    public String title() {
        return "Noticeboard";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public String script() {
        return NoticeboardFiles.BASE + "/noticeboard-card.js";
    }

    @Override
    public int order() {
        return 500;
    }
}
