package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Karaf side an IT admin uses: the SSH shell's alliance commands and the web console's configuration. */
@ExtendWith(SharedServer.class)
class ConsoleTest {

    private final Distribution server = SharedServer.server();

    /** Runs shell commands through {@code bin/client} (SSH to the loopback console) as the given account. */
    private String shell(String username, String password, String commands) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(server.home().resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", Integer.toString(server.sshPort()), "-u", username, "-p", password, "-r", "2", "-b")
                .directory(server.home().toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().write(commands.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void anAdminListsAccountsAndModulesInTheShell() throws Exception {
        String out = shell("admin", Distribution.ADMIN_PASSWORD, "alliance:users\nalliance:modules\n");
        assertThat(out).contains("admin").contains("Administrator");
        assertThat(out).containsPattern("core\\s*\\|\\s*Core\\s*\\|\\s*module");
    }

    @Test
    void anAdminListsTodaysAppointmentsInTheShell() throws Exception {
        String out = shell("admin", Distribution.ADMIN_PASSWORD, "scheduling:today\nscheduling:today nobody-by-that-name\n");
        assertThat(out).contains("Therapist").contains("From").contains("Status");
        assertThat(out).contains("No active therapist 'nobody-by-that-name'");
    }

    @Test
    void aTherapistCannotOpenTheShell() throws Exception {
        assertThat(SharedServer.admin().post("/api/v1/users", json("username", "shelly", "password",
                "shelly-password-1", "displayName", "Shelly", "roles", Api.list("therapist"))).status()).isEqualTo(201);
        String out = shell("shelly", "shelly-password-1", "alliance:users\n");
        assertThat(out).doesNotContain("Administrator");
    }

    @Test
    void thePracticeSettingsAreAFormInTheWebConsole() {
        // The console's configuration page asks for the form's fields with a POST and renders them from metatype.
        // A POST to the console must say where it comes from (the console's origin check), as a browser's does.
        Api.Reply config = SharedServer.admin().withHeader("Origin", server.uri("").toString())
                .send("POST", "/system/console/configMgr/org.alliance.practice", "application/x-www-form-urlencoded", "");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("title").asText()).isEqualTo("Alliance Practice");
        assertThat(config.json().path("properties").path("sessionIdleMinutes").path("value").asInt()).isEqualTo(15);
        assertThat(config.json().path("properties").path("timeZone").path("name").asText()).isEqualTo("Time zone");
    }
}
