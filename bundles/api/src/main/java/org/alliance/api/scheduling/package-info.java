/**
 * Scheduling: appointments of engagements and meetings between practitioners, recurrence
 * (RFC 5545), cancellations and their history, working hours and free slots, reminders and
 * calendar feeds. Implemented by the scheduling module (feature {@code alliance-scheduling});
 * other modules (termination, supervision) book and cancel through
 * {@link org.alliance.api.scheduling.SchedulingService}.
 *
 * <p>Times: instants on the wire and in the database; recurrence is expanded in the
 * practice's time zone ({@link org.alliance.api.core.Practice#zone()}), so a weekly
 * session stays at 10:00 local time across daylight-saving changes.
 *
 * <p>Confidentiality: an appointment names its client as the actor may see them
 * ({@link org.alliance.api.core.ClientService#visibleName}); every read of a client's
 * appointments is audited.
 */
@Export
@Version("1.0.0")
package org.alliance.api.scheduling;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
