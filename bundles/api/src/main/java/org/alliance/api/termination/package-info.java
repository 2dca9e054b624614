/**
 * Ending therapy well (APA 10.10, ACA A.11/A.12, NASW 1.17): termination plans with notice,
 * approval of short-notice exceptions by a second person, a checklist that must be complete
 * before an engagement ends, referrals, the termination letter, engagements at risk of
 * abandonment, and cover during a therapist's absence. Provided by the termination module
 * ({@code alliance-termination}); while it is installed, engagements end only through it.
 */
@Export
@Version("1.0.0")
package org.alliance.api.termination;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
