/**
 * Clinical supervision (APA 2.05, 7.06; ACA F.1, F.4, F.5.c, F.6.c): supervision relationships
 * with consent, scope and a co-signature mode; the supervision log a supervisor verifies; client
 * contact hours; licensure rule sets that check the hours; live observation of a session.
 * Provided by the supervision module ({@code alliance-supervision}).
 *
 * <p>{@link org.alliance.api.supervision.LicensureRuleSet} is the extension point: a practice
 * or a third party adds a state's rules as a service; California LMFT and Texas LPC Associate
 * are built in.
 */
@Export
@Version("1.0.0")
package org.alliance.api.supervision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
