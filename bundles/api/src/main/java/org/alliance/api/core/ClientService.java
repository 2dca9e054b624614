package org.alliance.api.core;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clients, with the practice's confidentiality rules applied to every answer.
 *
 * <p>Who sees what: a treating practitioner sees the clients of their engagements and the
 * clients they registered; front desk and admins see every client's demographics except
 * sealed ones, which appear by pseudonym only; a sealed client's identity is visible only to
 * their treating practitioner, or to an admin who broke the glass with a reason. Every call
 * writes an audit entry.
 */
@ProviderType
public interface ClientService {

    /**
     * Registers a client.
     *
     * @throws AccessDeniedException for supervisors without a treating role
     * @throws InvalidInputException for a missing name, a birth date in the future, malformed contact details
     */
    Client create(Actor actor, NewClient client);

    /** The clients the actor may see, sealed ones masked, ordered by display name as seen. */
    List<Client> list(Actor actor);

    /**
     * One client as the actor may see them.
     *
     * @throws RecordNotFoundException when there is none, or the actor may not know of it
     */
    Client get(Actor actor, UUID clientId);

    /**
     * Emergency access: an admin reveals a client's identity for a limited time, with a stated
     * reason. The access is audited and flagged for review.
     *
     * @throws AccessDeniedException unless the actor is an admin
     * @throws InvalidInputException when the reason is blank or too short to be meaningful
     */
    Client breakGlass(Actor actor, UUID clientId, String reason);

    /**
     * The name of a client as the actor may see it: the real name or the pseudonym. For other
     * modules' lists and calendars. Audited like a read (flagged when only an emergency grant shows the name).
     *
     * @throws RecordNotFoundException when there is none, or the actor may not know of it
     */
    String visibleName(Actor actor, UUID clientId);
}
