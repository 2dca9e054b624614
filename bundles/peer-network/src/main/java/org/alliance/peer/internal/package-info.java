/**
 * The peer-network module: directory profiles, confidential requests for a therapist with
 * conflicts of interest excluded ({@link org.alliance.peer.internal.Exclusions}), de-identified
 * consultations ({@link org.alliance.peer.internal.Deidentification}), consultation groups and
 * referrals. Nothing here is exported; other modules use {@code org.alliance.api.peer}.
 */
@Header(name = "Alliance-Module", value = "peer-network")
@Header(name = "Alliance-Module-Name", value = "Peer network")
@Header(name = "Alliance-Schema", value = "PEER")
package org.alliance.peer.internal;

import org.osgi.annotation.bundle.Header;
