package org.alliance.api.core;

import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Lets another module show a practitioner a colleague's caseload, read-only: the termination
 * module grants a covering colleague the absent therapist's engagements during the absence, the
 * supervision module a supervisor their supervisee's. Through a grant the reader sees the
 * engagements and, for unsealed clients, the client's details; a sealed clinician-client stays a
 * pseudonym (only their own therapist knows who they are). Every read through a grant is audited
 * with the grant's reason.
 *
 * <p>Called on request threads, often; must be quick and must not call back into core services.
 *
 * @since 1.2
 */
@ConsumerType
public interface CaseloadGrant {

    /**
     * Practitioners whose caseload {@code reader} may see right now, each with the reason recorded
     * in the audit log, e.g. "covering for Dr Rivera until 2026-12-04"; empty for none.
     */
    Map<UUID, String> caseloadsVisibleTo(Actor reader);
}
