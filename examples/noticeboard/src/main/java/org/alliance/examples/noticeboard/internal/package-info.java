/**
 * The practice noticeboard: staff announcements ("Room 2 is closed on Friday"). Like every
 * Alliance plugin it exports nothing; it talks to Alliance only through {@code org.alliance.api}
 * and the whiteboards.
 *
 * <p>The headers below are all Alliance needs to know about the plugin: core lists it among the
 * modules by {@code Alliance-Module}, and applies the scripts under
 * {@code db/migration/MOD_NOTICEBOARD/} to the schema named by {@code Alliance-Schema} before it
 * registers the {@code ModuleSchema} service that {@link NoticeBoard} waits for.
 */
@Header(name = "Alliance-Module", value = "noticeboard")
@Header(name = "Alliance-Module-Name", value = "Practice noticeboard")
@Header(name = "Alliance-Module-Kind", value = "plugin")
@Header(name = "Alliance-Schema", value = "MOD_NOTICEBOARD")
package org.alliance.examples.noticeboard.internal;

import org.osgi.annotation.bundle.Header;
