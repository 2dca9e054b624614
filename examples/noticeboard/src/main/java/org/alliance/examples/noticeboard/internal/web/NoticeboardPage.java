package org.alliance.examples.noticeboard.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.examples.noticeboard.internal.NoticeBoard;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Noticeboard page at {@code /noticeboard}, for every signed-in user. */
@Component(service = WebPage.class)
public class NoticeboardPage implements WebPage {

    /** The board is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public NoticeboardPage(@Reference NoticeBoard board) {
    }

    @Override
    public String id() {
        return "noticeboard";
    }

    @Override
    public String title() {
        return "Noticeboard";
    }

    @Override
    public String path() {
        return "/noticeboard";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public String script() {
        return NoticeboardFiles.BASE + "/noticeboard-page.js";
    }

    @Override
    public int order() {
        return 500;
    }
}
