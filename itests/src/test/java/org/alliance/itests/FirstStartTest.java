package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** A fresh installation with no admin configured: nothing ships with a password, setup needs the logged token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {

    private Distribution server;

    @BeforeAll
    void boot() {
        server = Distribution.withoutAdmin().start();
    }

    @AfterAll
    void shutdown() {
        server.close();
    }

    @Test
    @Order(1)
    void stockKarafCredentialsAreRefusedEverywhere() {
        assertThat(Api.basic(server, "karaf", "karaf").get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(Api.anonymous(server).post("/api/v1/auth/login", json("username", "karaf", "password", "karaf"))
                .status()).isEqualTo(401);
        assertThat(Api.basic(server, "karaf", "karaf").get("/system/console/bundles").status()).isEqualTo(401);
        assertThat(Api.basic(server, "admin", "admin").get("/system/console/bundles").status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theSetupPageIsServedWithoutSigningIn() {
        Api.Reply page = Api.anonymous(server).send("GET", "/setup", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().body()).contains("Setup token").contains("/api/v1/setup");
    }

    @Test
    @Order(2)
    void setupIsOfferedAndRefusesAWrongToken() {
        assertThat(Api.anonymous(server).get("/api/v1/setup").json().path("required").asBoolean()).isTrue();
        Api.Reply wrong = Api.anonymous(server).post("/api/v1/setup", json("token", "0123456789abcdef01234567",
                "username", "owner", "password", "a-long-enough-password", "displayName", "Owner"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(Api.anonymous(server).get("/api/v1/setup").json().path("required").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void theLoggedTokenCreatesTheFirstAdminOnce() {
        String token = server.setupToken();
        Api.Reply created = Api.anonymous(server).post("/api/v1/setup", json("token", token, "username", "owner",
                "password", "a-long-enough-password", "displayName", "Practice Owner", "email", "owner@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("roles").toString()).contains("admin");

        Api owner = Api.session(server, "owner", "a-long-enough-password");
        assertThat(owner.get("/api/v1/users/me").text("username")).isEqualTo("owner");
        assertThat(Api.anonymous(server).get("/api/v1/setup").json().path("required").asBoolean()).isFalse();
        Api.Reply again = Api.anonymous(server).post("/api/v1/setup", json("token", token, "username", "intruder",
                "password", "a-long-enough-password", "displayName", "Intruder"));
        assertThat(again.status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void theWebConsoleAdmitsAdminsOnly() {
        Api owner = Api.basic(server, "owner", "a-long-enough-password");
        assertThat(owner.get("/system/console/bundles").status()).isEqualTo(200);
        Api.Reply therapist = owner.post("/api/v1/users", json("username", "theo", "password", "theo-password-123",
                "displayName", "Theo Therapist", "roles", Api.list("therapist", "supervisor")));
        assertThat(therapist.status()).isEqualTo(201);
        assertThat(Api.basic(server, "theo", "theo-password-123").get("/system/console/bundles").status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void theSshConsoleListensOnLoopbackOnly() throws IOException {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", server.sshPort()), 2000);
            assertThat(local.isConnected()).isTrue();
        }
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
            try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(external.get(), server.sshPort()), 2000);
                throw new AssertionError("SSH answered on " + external.get());
            } catch (IOException refused) {
                assertThat(refused).isNotNull();
            }
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp() && !nif.isLoopback()) {
                for (InetAddress address : Collections.list(nif.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
