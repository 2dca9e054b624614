/**
 * The peer network (APA 3.05, 4.06): an opt-in directory of practitioners, a confidential way for
 * a practitioner to find their own therapist with every conflict of interest excluded, de-identified
 * consultation with chosen peers or a consultation group, consultation groups with attendance and
 * continuing-education hours, and referrals between peers with the client's consent. Provided by
 * the peer-network module ({@code alliance-peer-network}).
 *
 * <p>Two privacy rules hold for every type here: why a practitioner was excluded from someone's
 * matches is never shown to anyone, and a sealed clinician-client never appears as a client in any
 * answer, list, notification or email (consultations and referrals about one are refused).
 */
@Export
@Version("1.0.0")
package org.alliance.api.peer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
