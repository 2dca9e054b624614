/**
 * Contracts of the Alliance core kernel: practitioners (users), clients, engagements,
 * the audit log, module readiness and the events core publishes.
 *
 * <p>Every service method takes the acting {@link org.alliance.api.core.Actor} first and
 * decides authorization itself, on that actor and the record: callers never pre-filter.
 * Every read or write of client data through these services leaves an audit entry.
 * Methods throw the subclasses of {@link org.alliance.api.core.AllianceException}.
 */
@Export
@Version("1.2.0")
package org.alliance.api.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
