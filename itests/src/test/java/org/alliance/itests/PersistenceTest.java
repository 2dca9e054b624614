package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** A practice's records outlive restarts, and a crash loses no write the server acknowledged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersistenceTest {

    private static final int CRASH_WRITES = 150;
    private Distribution server;

    @BeforeAll
    void boot() {
        server = Distribution.withAdminFromEnvironment().start();
    }

    @AfterAll
    void shutdown() {
        server.close();
    }

    @Test
    @Order(1)
    void accountsAndClientsSurviveARestart() {
        Api admin = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
        assertThat(admin.post("/api/v1/users", json("username", "rita", "password", "rita-password-123",
                "displayName", "Rita Reception", "roles", Api.list("frontdesk"))).status()).isEqualTo(201);
        Api rita = Api.basic(server, "rita", "rita-password-123");
        String clientId = rita.post("/api/v1/clients", json("displayName", "Paula Persistent",
                "dateOfBirth", "1980-02-03")).text("id");

        server.stop();
        server.start();

        Api ritaAgain = Api.basic(server, "rita", "rita-password-123");
        Api.Reply client = ritaAgain.get("/api/v1/clients/" + clientId);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.text("displayName")).isEqualTo("Paula Persistent");
        assertThat(client.text("dateOfBirth")).isEqualTo("1980-02-03");
        // The first admin is not re-created (or duplicated) on a later start.
        assertThat(Api.basic(server, "admin", Distribution.ADMIN_PASSWORD).get("/api/v1/users").json().size()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aHardKillLosesNoAcknowledgedWrite() {
        Api rita = Api.basic(server, "rita", "rita-password-123");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < CRASH_WRITES; i++) {
            Api.Reply r = rita.post("/api/v1/clients", json("displayName", "Crash Client " + i));
            assertThat(r.status()).isEqualTo(201);
            acknowledged.add(r.text("id"));
        }

        server.killHard();
        server.start();

        Set<String> present = new HashSet<>();
        for (JsonNode c : Api.basic(server, "rita", "rita-password-123").get("/api/v1/clients").json()) {
            present.add(c.path("id").asText());
        }
        assertThat(present).containsAll(acknowledged);
        Api.Reply trail = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD)
                .get("/api/v1/audit?clientId=" + acknowledged.get(CRASH_WRITES - 1));
        assertThat(trail.json().path("entries").toString()).contains("client.create");
    }
}
