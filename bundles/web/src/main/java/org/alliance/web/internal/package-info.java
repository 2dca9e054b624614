/**
 * The practice web app: the shell page at {@code /}, its scripts and styles under
 * {@code /ui/web/}, the navigation built from the modules' {@code org.alliance.spi.web}
 * contributions, and the pages of core (clients, engagements, users, audit log), which are
 * contributed through the same SPI as any module's. Nothing here is exported.
 */
@Header(name = "Alliance-Module", value = "web")
@Header(name = "Alliance-Module-Name", value = "Web app")
package org.alliance.web.internal;

import org.osgi.annotation.bundle.Header;
