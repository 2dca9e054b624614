package org.alliance.core.internal.shell;

import org.alliance.api.core.ModuleInfo;
import org.alliance.api.core.ModuleRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code alliance:modules}: the installed modules and plugins and whether each is ready. */
@Command(scope = "alliance", name = "modules", description = "Lists installed Alliance modules and plugins")
@Service
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Name");
        table.column("Kind");
        table.column("Version");
        table.column("State");
        table.column("Ready");
        table.column("Problem");
        for (ModuleInfo m : modules.modules()) {
            table.addRow().addContent(m.id(), m.name(), m.kind(), m.version(), m.state(), m.ready() ? "yes" : "no",
                    m.problem() == null ? "" : m.problem());
        }
        table.print(System.out);
        return null;
    }
}
