/**
 * The supervision module: supervision relationships with consent, scope and a co-signature mode;
 * the co-signature queue and supervisors' reading of supervisees' notes (through the notes
 * module's {@code SignatureRequirement} and {@code NoteAccessGrant}); the supervision log the
 * supervisor verifies; client-contact hours checked against pluggable licensure rule sets, and
 * the board-ready PDF; live observation of a session. Nothing here is exported; other modules
 * use {@code org.alliance.api.supervision}.
 */
@Header(name = "Alliance-Module", value = "supervision")
@Header(name = "Alliance-Module-Name", value = "Supervision")
@Header(name = "Alliance-Schema", value = "SUPERVISION")
package org.alliance.supervision.internal;

import org.osgi.annotation.bundle.Header;
