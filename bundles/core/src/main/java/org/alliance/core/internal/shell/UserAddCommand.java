package org.alliance.core.internal.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.api.core.AllianceException;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code alliance:user-add}: creates an account; the password is asked for, never typed on the command line. */
@Command(scope = "alliance", name = "user-add", description = "Creates a practice account")
@Service
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "Login name, e.g. jdoe")
    String username;

    @Argument(index = 1, name = "displayName", required = true, description = "Full name, quoted if it has spaces")
    String displayName;

    @Option(name = "--role", aliases = "-r", multiValued = true, required = true,
            description = "admin, therapist, supervisor, intern or frontdesk; repeat for several")
    List<String> roles;

    @Option(name = "--email", aliases = "-e", description = "Email address")
    String email;

    @Option(name = "--modality", aliases = "-m", multiValued = true, description = "Declared modality, e.g. cbt; repeat for several")
    List<String> modalities;

    @Option(name = "--license", description = "Professional license number")
    String license;

    @Reference
    UserService users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        String password = session.readLine("Password for " + username + ": ", '*');
        String again = session.readLine("Repeat the password: ", '*');
        if (password == null || !password.equals(again)) {
            System.err.println("The passwords differ; nothing was created.");
            return null;
        }
        try {
            Set<Role> parsed = roles.stream().flatMap(r -> Arrays.stream(r.split(","))).map(Role::fromWireName)
                    .collect(Collectors.toSet());
            User created = users.create(ShellActor.of(session), new NewUser(username, password, displayName, email,
                    parsed, modalities, license));
            System.out.println("Created " + created.username() + " (" + created.id() + ")");
        } catch (AllianceException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
