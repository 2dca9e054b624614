package org.alliance.core.internal.shell;

import org.alliance.api.core.Actor;
import org.apache.karaf.shell.api.console.Session;

/** Shell commands act as the system, recorded in the audit log with the shell user's name. */
final class ShellActor {

    private ShellActor() {
    }

    static Actor of(Session session) {
        Object user = session == null ? null : session.get("USER");
        return Actor.system("shell:" + (user == null ? "console" : user));
    }
}
