package org.alliance.webconsole.internal.console;

import java.util.List;
import org.alliance.webconsole.internal.modules.Module;

/**
 * The HTML of the Practice Modules page: the part inside the console's frame (the console
 * draws its header, menu and footer around it). The buttons work through {@code modules.js},
 * which posts to the plugin and shows the reply.
 */
final class ModulesPage {

    private ModulesPage() {
    }

    /**
     * @param pluginRoot the plugin's URL path, e.g. {@code /system/console/alliance-modules}
     * @param token the CSRF token the script sends back
     * @param modules what to list
     * @param problem why the list could not be read, or null
     */
    static String render(String pluginRoot, String token, List<Module> modules, String problem) {
        String root = escape(pluginRoot);
        StringBuilder html = new StringBuilder(8192);
        html.append("<link rel=\"stylesheet\" href=\"").append(root).append("/res/modules.css\">\n")
                .append("<div id=\"alliance-modules\" data-root=\"").append(root).append("\" data-token=\"")
                .append(escape(token)).append("\">\n")
                .append("<p class=\"statline ui-state-highlight\">").append(statline(modules)).append("</p>\n")
                .append("<div id=\"alliance-message\" role=\"status\" hidden></div>\n");
        if (problem != null) {
            html.append("<div class=\"alliance-error\">").append(escape(problem)).append("</div>\n");
        }
        table(html, modules);
        addForms(html);
        html.append("</div>\n<script src=\"").append(root).append("/res/modules.js\"></script>\n");
        return html.toString();
    }

    private static String statline(List<Module> modules) {
        long enabled = modules.stream().filter(Module::installed).count();
        return modules.size() + " modules known, " + enabled + " installed. Switching a module on or off takes effect"
                + " at once, without a restart; a module's data stays in the database when it is off.";
    }

    private static void table(StringBuilder html, List<Module> modules) {
        html.append("<table id=\"alliance-module-table\" class=\"nicetable\">\n<thead><tr>")
                .append("<th>Module</th><th>Version</th><th>Status</th><th>Depends on</th><th>Repository</th><th></th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Module m : modules) {
            html.append("<tr data-feature=\"").append(escape(m.name())).append("\" data-version=\"")
                    .append(escape(m.version())).append("\">")
                    .append("<td><strong>").append(escape(m.title())).append("</strong> <code>").append(escape(m.name()))
                    .append("</code><br><small>").append(escape(m.description())).append("</small></td>")
                    .append("<td>").append(escape(m.version())).append("</td>")
                    .append("<td>").append(status(m)).append("</td>")
                    .append("<td>").append(escape(String.join(", ", m.dependencies()))).append("</td>")
                    .append("<td><small>").append(escape(m.repository() == null ? "" : m.repository())).append("</small></td>")
                    .append("<td>").append(action(m)).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    static String status(Module m) {
        String state = m.installed() ? "<span class=\"alliance-on\">Installed</span>" : "<span class=\"alliance-off\">Off</span>";
        if (m.platform()) {
            state += " <span class=\"alliance-platform\" title=\"Part of the platform: cannot be switched off\">Platform</span>";
        }
        if (m.installed() && !m.neededBy().isEmpty()) {
            state += "<br><small>needed by " + escape(String.join(", ", m.neededBy())) + "</small>";
        }
        return state;
    }

    private static String action(Module m) {
        if (!m.installed()) {
            return button("enable", "Enable", null);
        }
        if (m.canDisable()) {
            return button("disable", "Disable", null);
        }
        String why = m.platform() ? "Part of the platform" : !m.neededBy().isEmpty()
                ? "Needed by " + String.join(", ", m.neededBy()) : "Installed as a dependency";
        return button("disable", "Disable", why);
    }

    private static String button(String action, String label, String disabledBecause) {
        return "<button type=\"button\" class=\"ui-state-default ui-corner-all\" data-action=\"" + action + "\""
                + (disabledBecause == null ? "" : " disabled title=\"" + escape(disabledBecause) + "\"") + ">"
                + label + "</button>";
    }

    private static void addForms(StringBuilder html) {
        html.append("<h3>Add a plugin</h3>\n")
                .append("<form id=\"alliance-add-kar\" class=\"alliance-form\">")
                .append("<label>Karaf archive (.kar) <input type=\"file\" name=\"kar\" accept=\".kar\" required></label> ")
                .append("<button type=\"submit\" class=\"ui-state-default ui-corner-all\">Upload</button>")
                .append("<br><small>Its modules are added to the list switched off; enable them here.</small></form>\n")
                .append("<form id=\"alliance-add-repository\" class=\"alliance-form\">")
                .append("<label>Features repository URL <input type=\"text\" name=\"url\" size=\"70\" required")
                .append(" placeholder=\"mvn:org.example/example-features/1.0.0/xml/features\"></label> ")
                .append("<button type=\"submit\" class=\"ui-state-default ui-corner-all\">Add repository</button>")
                .append("<br><small>mvn:, file:, http: or https:. Its modules are added to the list switched off.</small>")
                .append("</form>\n");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
