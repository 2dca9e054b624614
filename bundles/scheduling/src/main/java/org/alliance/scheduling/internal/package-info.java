/**
 * The scheduling module: appointments of engagements and meetings, recurrence, conflicts,
 * cancellations and history, working hours and free slots, reminders, calendar feeds, its
 * REST resources, web pages and shell command. Nothing here is exported; other modules use
 * {@code org.alliance.api.scheduling}.
 */
@Header(name = "Alliance-Module", value = "scheduling")
@Header(name = "Alliance-Module-Name", value = "Scheduling")
@Header(name = "Alliance-Schema", value = "SCHEDULING")
@Header(name = "Karaf-Commands", value = "org.alliance.scheduling.internal.shell")
package org.alliance.scheduling.internal;

import org.osgi.annotation.bundle.Header;
