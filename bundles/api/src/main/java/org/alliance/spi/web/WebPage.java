package org.alliance.spi.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the web app, contributed by a module as a whiteboard service
 * ({@code @Component(service = WebPage.class)}). Implemented by modules and plugins; read by
 * the web shell, from any thread, whenever a user's navigation is built. Implementations
 * return constants.
 */
@ConsumerType
public interface WebPage {

    /**
     * A stable identifier, unique across the installation; by convention the module id, or
     * {@code <module id>.<page>} for a module with several pages. Never null.
     */
    String id();

    /** The navigation label, short and in the user's words ("Appointments"). Never null. */
    String title();

    /**
     * The application path the page answers, starting with {@code /} ({@code /scheduling});
     * the page also receives every path below it ({@code /scheduling/2026-11-23}). Paths
     * {@code /api}, {@code /ui}, {@code /system} and {@code /setup} are reserved.
     */
    String path();

    /**
     * The roles that may see the page; a user holding any one of them does. An empty set
     * means every signed-in user. Never null.
     */
    Set<Role> roles();

    /** The URL of the ES module that renders the page, under {@code /ui/<module id>/}. Never null. */
    String script();

    /** Position in the navigation, ascending; ties are broken by title. */
    int order();

    /**
     * Whether the page has an entry in the navigation. Pages reached only by links (a
     * client's detail page, for example) return false.
     */
    default boolean navigation() {
        return true;
    }
}
