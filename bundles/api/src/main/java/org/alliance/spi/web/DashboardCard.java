package org.alliance.spi.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A card on the home dashboard ("Today's appointments", "Notes to sign"), contributed by a
 * module as a whiteboard service ({@code @Component(service = DashboardCard.class)}).
 * Implemented by modules and plugins; read by the web shell from any thread. Implementations
 * return constants. The script renders the card's body; the shell draws its frame and title.
 */
@ConsumerType
public interface DashboardCard {

    /** A stable identifier, unique across the installation. Never null. */
    String id();

    /** The card's heading. Never null. */
    String title();

    /** The roles that may see the card; empty means every signed-in user. Never null. */
    Set<Role> roles();

    /** The URL of the ES module that renders the card body, under {@code /ui/<module id>/}. Never null. */
    String script();

    /** Position on the dashboard, ascending; ties are broken by title. */
    int order();
}
