package org.alliance.core.internal.shell;

import java.util.stream.Collectors;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code alliance:users}: lists the practice's accounts. */
@Command(scope = "alliance", name = "users", description = "Lists the practice's accounts")
@Service
public class UsersCommand implements Action {

    @Reference
    UserService users;

    @Reference
    Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Username");
        table.column("Name");
        table.column("Roles");
        table.column("Modalities");
        table.column("Active");
        table.column("Id");
        for (User u : users.list(ShellActor.of(session))) {
            table.addRow().addContent(u.username(), u.displayName(),
                    u.roles().stream().sorted().map(Role::wireName).collect(Collectors.joining(",")),
                    String.join(",", u.modalities()), u.active() ? "yes" : "no", u.id());
        }
        table.print(System.out);
        return null;
    }
}
