package org.alliance.core.internal.clients;

import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;

/**
 * How much of one client an actor may see: the confidentiality rules of DOMAIN.md in one place.
 *
 * <ul>
 * <li>A practitioner who treats or treated the client (an engagement, of any status) sees everything.</li>
 * <li>A sealed client (clinician-client) is otherwise shown by pseudonym only, to front desk, admins and the
 *     practitioner who registered them; an admin's unexpired break-the-glass grant reveals the identity.</li>
 * <li>An unsealed client's demographics are visible to front desk, admins and the practitioner who registered them.</li>
 * <li>A colleague granted the treating practitioner's caseload (cover during an absence, a supervisor) sees an
 *     unsealed client in full and a sealed one by pseudonym: the seal yields only to the client's own therapist.</li>
 * <li>Everyone else does not learn that the client exists.</li>
 * </ul>
 */
public enum ClientVisibility {
    HIDDEN, MASKED, FULL;

    /** What the actor knows about the client, gathered by the caller from the records. */
    public record Facts(boolean sealed, boolean treatedByActor, boolean registeredByActor, boolean breakGlassActive,
            boolean caseloadGranted) {
    }

    public static ClientVisibility of(Actor actor, Facts facts) {
        if (facts.treatedByActor()) {
            return FULL;
        }
        boolean office = actor.has(Role.FRONTDESK) || actor.has(Role.ADMIN);
        boolean knows = office || facts.registeredByActor() || facts.caseloadGranted();
        if (facts.sealed()) {
            if (facts.breakGlassActive() && actor.has(Role.ADMIN)) {
                return FULL;
            }
            return knows ? MASKED : HIDDEN;
        }
        return knows ? FULL : HIDDEN;
    }
}
