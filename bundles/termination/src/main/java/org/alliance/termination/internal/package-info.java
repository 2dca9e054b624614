/**
 * The termination module: termination plans with notice rules and approved exceptions, the
 * checklist (from scheduling and notes when installed), referrals, closing through core's
 * ending-workflow hook, the termination letter, engagements at risk of abandonment, cover during
 * absences. Nothing here is exported; other modules use {@code org.alliance.api.termination}.
 */
@Header(name = "Alliance-Module", value = "termination")
@Header(name = "Alliance-Module-Name", value = "Termination")
@Header(name = "Alliance-Schema", value = "TERMINATION")
package org.alliance.termination.internal;

import org.osgi.annotation.bundle.Header;
