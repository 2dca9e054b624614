/**
 * Telling people things: in-app notifications for practice staff, and email to staff and
 * clients, through one contract every module uses ({@link org.alliance.api.notify.Notifier}).
 * Implemented by the notify module (feature {@code alliance-notify}); the SMTP server is
 * configured in the web console.
 *
 * <p>Confidentiality: email is not a safe channel. A module composes what a recipient may
 * read: staff email names no client (it says what happened and when, and links to the app,
 * where the reader's access decides what they see); client email speaks to that client only.
 */
@Export
@Version("1.0.0")
package org.alliance.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
