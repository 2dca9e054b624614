package org.alliance.core.internal.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first admin of a fresh installation; no account or password ships with Alliance.
 * With {@code ALLIANCE_ADMIN_PASSWORD} in the environment (and {@code ALLIANCE_ADMIN_USER},
 * default {@code admin}) the account is created at first start. Otherwise a one-time setup
 * token is written to the log, and the setup page asks for it before it creates the admin.
 */
@Component(service = FirstRunSetup.class, immediate = true)
public class FirstRunSetup {

    static final String ENV_USER = "ALLIANCE_ADMIN_USER";
    static final String ENV_PASSWORD = "ALLIANCE_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRunSetup.class);

    private final UserServiceImpl users;
    private volatile String token;

    @Activate
    public FirstRunSetup(@Reference UserServiceImpl users) {
        this(users, System.getenv(ENV_USER), System.getenv(ENV_PASSWORD));
    }

    FirstRunSetup(UserServiceImpl users, String envUser, String envPassword) {
        this.users = users;
        if (users.anyUserExists()) {
            return;
        }
        if (envPassword != null && !envPassword.isEmpty()) {
            String username = envUser == null || envUser.isBlank() ? "admin" : envUser.strip();
            try {
                User admin = users.createFirstAdmin("first-start", new NewUser(username, envPassword, "Administrator",
                        null, Set.of(Role.ADMIN), null, null));
                LOG.info("Created the first admin account '{}' from {}.", admin.username(), ENV_PASSWORD);
                return;
            } catch (InvalidInputException e) {
                LOG.error("Cannot create the first admin from {}: {}. Use the setup page instead.", ENV_PASSWORD,
                        e.getMessage());
            }
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        LOG.warn("No account exists yet. Open http://<this server>:<port>/setup and enter this one-time setup token: {}",
                token);
    }

    /** Whether the practice still needs its first admin. */
    public boolean required() {
        return token != null && !users.anyUserExists();
    }

    /**
     * Creates the first admin when {@code presented} is the logged token; the token then stops working.
     *
     * @throws AccessDeniedException when setup is over or the token is wrong
     */
    public synchronized User complete(String presented, NewUser admin) {
        String expected = token;
        if (expected == null || !required()) {
            throw new AccessDeniedException("Setup is complete. Sign in instead.");
        }
        if (presented == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new AccessDeniedException("That setup token is not the one in the server log.");
        }
        User created = users.createFirstAdmin("setup-page", admin);
        token = null;
        LOG.info("Setup complete: first admin '{}' created from the setup page.", created.username());
        return created;
    }
}
