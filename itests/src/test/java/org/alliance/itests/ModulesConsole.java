package org.alliance.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web console's Practice Modules page as an administrator's browser drives it: HTTP Basic,
 * the console's own {@code Origin}, and the token the page hands its script.
 */
public final class ModulesConsole {

    public static final String PAGE = "/system/console/alliance-modules";

    private final Distribution server;

    private ModulesConsole(Distribution server) {
        this.server = server;
    }

    public static ModulesConsole of(Distribution server) {
        return new ModulesConsole(server);
    }

    /** The administrator, with the console's origin on every request. */
    public Api admin() {
        return Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).withHeader("Origin", server.uri("").toString());
    }

    /** As {@link #admin()}, carrying the page's token. */
    public Api withToken() {
        Matcher m = Pattern.compile("data-token=\"([^\"]+)\"").matcher(admin().get(PAGE).raw().body());
        assertThat(m.find()).as("the page carries a token").isTrue();
        return admin().withHeader("X-Alliance-Token", m.group(1));
    }

    /** Enables or disables a feature, as the page's buttons do. */
    public Api.Reply act(String action, String feature) {
        return withToken().send("POST", PAGE + "?action=" + action + "&feature=" + feature, "text/plain", "");
    }

    /** Enables a feature and checks the console said yes. */
    public void enable(String feature) {
        Api.Reply r = act("enable", feature);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Disables a feature and checks the console said yes. */
    public void disable(String feature) {
        Api.Reply r = act("disable", feature);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** One module as the page lists it, or a missing node. */
    public JsonNode module(String feature) {
        Api.Reply list = admin().get(PAGE + "/modules.json");
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode m : list.json().path("modules")) {
            if (m.path("name").asText().equals(feature)) {
                return m;
            }
        }
        return list.json().path("no-such-module");
    }
}
