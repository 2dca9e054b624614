package org.alliance.web.internal;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.spi.web.DashboardCard;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Component;

/**
 * Core's pages and dashboard cards, contributed through the same SPI as any module's. The
 * roles only decide what the navigation offers; the API decides what each user may read.
 */
public final class CorePages {

    private CorePages() {
    }

    /** A contribution declared by constants, for the classes below. */
    abstract static class Page implements WebPage {
        private final String id;
        private final String title;
        private final Set<Role> roles;
        private final int order;
        private final boolean navigation;

        Page(String id, String title, Set<Role> roles, int order, boolean navigation) {
            this.id = id;
            this.title = title;
            this.roles = roles;
            this.order = order;
            this.navigation = navigation;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String path() {
            return "/" + id;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }

        @Override
        public String script() {
            return "/ui/web/pages/" + id + ".js";
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean navigation() {
            return navigation;
        }
    }

    abstract static class Card implements DashboardCard {
        private final String id;
        private final String title;
        private final Set<Role> roles;
        private final int order;

        Card(String id, String title, Set<Role> roles, int order) {
            this.id = id;
            this.title = title;
            this.roles = roles;
            this.order = order;
        }

        @Override
        public String id() {
            return "core." + id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public Set<Role> roles() {
            return roles;
        }

        @Override
        public String script() {
            return "/ui/web/cards/" + id + ".js";
        }

        @Override
        public int order() {
            return order;
        }
    }

    @Component(service = WebPage.class)
    public static final class Clients extends Page {
        public Clients() {
            super("clients", "Clients", Set.of(), 100, true);
        }
    }

    @Component(service = WebPage.class)
    public static final class Engagements extends Page {
        public Engagements() {
            super("engagements", "Engagements", Set.of(), 110, true);
        }
    }

    @Component(service = WebPage.class)
    public static final class Users extends Page {
        public Users() {
            super("users", "Users", Set.of(Role.ADMIN), 900, true);
        }
    }

    @Component(service = WebPage.class)
    public static final class Audit extends Page {
        public Audit() {
            super("audit", "Audit log", Set.of(Role.ADMIN), 910, true);
        }
    }

    @Component(service = DashboardCard.class)
    public static final class ActiveEngagements extends Card {
        public ActiveEngagements() {
            super("engagements", "Active engagements", Set.of(), 100);
        }
    }

    @Component(service = DashboardCard.class)
    public static final class EmergencyAccess extends Card {
        public EmergencyAccess() {
            super("emergency-access", "Emergency access, last 30 days", Set.of(Role.ADMIN), 900);
        }
    }

    @Component(service = DashboardCard.class)
    public static final class Modules extends Card {
        public Modules() {
            super("modules", "Installed modules", Set.of(Role.ADMIN), 910);
        }
    }
}
