package org.alliance.core.internal.security;

import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AllianceException;
import org.alliance.api.core.Role;
import org.alliance.api.core.UserService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * JAAS login against Alliance accounts. Adds Karaf's {@link UserPrincipal} and one
 * {@link RolePrincipal} per Alliance role, which is what the web console and the shell check.
 * Throttling and auditing are the user service's, exactly as for the REST API.
 */
public class AllianceLoginModule implements LoginModule {

    /** What Karaf's stock admin group holds; an Alliance admin administers the server as fully. */
    private static final List<String> KARAF_ADMIN_ROLES = List.of("manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbackHandler;
    private UserService users;
    private final Set<Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.users = (UserService) options.get(AllianceJaasRealm.USER_SERVICE_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot ask for credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        if (name.getName() == null || secret == null) {
            throw new FailedLoginException("Username and password are required.");
        }
        try {
            Actor actor = users.authenticate(name.getName(), new String(secret), null);
            principals.add(new UserPrincipal(actor.username()));
            for (Role role : actor.roles()) {
                principals.add(new RolePrincipal(role.wireName()));
            }
            if (actor.has(Role.ADMIN)) {
                // Karaf's shell command ACLs (etc/org.apache.karaf.command.acl.*) name these roles.
                KARAF_ADMIN_ROLES.forEach(r -> principals.add(new RolePrincipal(r)));
            }
            return true;
        } catch (AllianceException e) {
            throw new FailedLoginException(e.getMessage());
        } finally {
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
