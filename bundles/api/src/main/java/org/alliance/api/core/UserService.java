package org.alliance.api.core;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Practitioner accounts and authentication. Implemented by core; every module may use it.
 *
 * <p>Only admins (and the system actor) create, list in full and change accounts; every
 * authenticated user may read their own account. Methods are thread-safe.
 */
@ProviderType
public interface UserService {

    /**
     * Creates an account.
     *
     * @throws AccessDeniedException  unless the actor is an admin
     * @throws InvalidInputException  for a malformed username or email, no role, or a password the policy refuses
     * @throws ConflictException      when the username is taken
     */
    User create(Actor actor, NewUser user);

    /** All accounts, ordered by username. Admins see all; others see only themselves. */
    List<User> list(Actor actor);

    /**
     * The active accounts as colleagues, ordered by display name, for any signed-in actor:
     * what the front desk needs to pick a client's practitioner. Not audited: it holds no
     * client data.
     *
     * @throws AccessDeniedException for an actor without any role
     */
    List<Colleague> colleagues(Actor actor);

    /**
     * One account.
     *
     * @throws RecordNotFoundException when there is none
     * @throws AccessDeniedException   when a non-admin asks for someone else's account
     */
    User get(Actor actor, UUID id);

    /**
     * Applies {@code changes}. Admins may change anything; a user may change only their own display
     * name, email and password. An admin cannot remove the last active admin.
     */
    User update(Actor actor, UUID id, UserChanges changes);

    /**
     * Verifies a username and password and returns the account as an actor. A recently verified
     * credential is answered from a cache, so a script sending HTTP Basic on every request does
     * not pay for the slow hash each time.
     *
     * @param remoteAddress the caller's address, for throttling; may be {@code null}
     * @throws AuthenticationException   for an unknown user, a wrong password or an inactive account
     * @throws TooManyAttemptsException  while the account or address is throttled after failures
     */
    Actor authenticate(String username, String password, String remoteAddress);

    /** The active account with this id, for re-validating a session; empty when gone or deactivated. */
    Optional<Actor> activeActor(UUID userId);

    /** Whether any account exists yet (false on a fresh installation, before the first admin). */
    boolean anyUserExists();
}
