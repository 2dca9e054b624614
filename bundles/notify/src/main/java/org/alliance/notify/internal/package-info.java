/**
 * The notify module: implements {@link org.alliance.api.notify.Notifier}. In-app notifications
 * and the email outbox live in the schema {@code NOTIFY}; a single background thread
 * ({@link org.alliance.notify.internal.mail.EmailSender}) delivers the outbox over SMTP.
 *
 * <p>Core applies {@code db/migration/NOTIFY/} before it registers the {@code ModuleSchema}
 * service that every component touching the tables waits for.
 */
@Header(name = "Alliance-Module", value = "notify")
@Header(name = "Alliance-Module-Name", value = "Notifications")
@Header(name = "Alliance-Schema", value = "NOTIFY")
package org.alliance.notify.internal;

import org.osgi.annotation.bundle.Header;
