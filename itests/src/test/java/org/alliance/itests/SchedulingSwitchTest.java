package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduling module switched off and on in Practice Modules at runtime: its API and page
 * go and come back, its appointments are still there, and core is not restarted (a session
 * opened before survives). On a server of its own, so no other test meets the module off.
 */
class SchedulingSwitchTest {

    private static final String PAGE = "/system/console/alliance-modules";
    private static Distribution server;

    @BeforeAll
    static void start() {
        server = Distribution.withAdminFromEnvironment().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Api console() {
        Api admin = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD)
                .withHeader("Origin", "http://127.0.0.1:" + server.httpPort());
        Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(admin.get(PAGE).raw().body());
        assertThat(token.find()).isTrue();
        return admin.withHeader("X-Alliance-Token", token.group(1));
    }

    private static void switchScheduling(String action) {
        Api.Reply r = console().send("POST", PAGE + "?action=" + action + "&feature=alliance-scheduling", "text/plain", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("ok").asBoolean()).as(r.toString()).isTrue();
    }

    @Test
    void switchingSchedulingOffAndOnKeepsItsAppointmentsAndCoresSessions() {
        Api admin = Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
        String therapistId = admin.post("/api/v1/users", json("username", "sw-therapist", "password", "sw-therapist-pw",
                "displayName", "Dr. Switch", "roles", Api.list("therapist"))).text("id");
        Api therapist = Api.session(server, "sw-therapist", "sw-therapist-pw");
        String clientId = therapist.post("/api/v1/clients", json("displayName", "Sam Switch")).text("id");
        String engagementId = therapist.post("/api/v1/engagements", json("clientId", clientId, "therapistId", therapistId,
                "modality", "cbt")).text("id");
        String start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toString();
        Api.Reply booked = therapist.post("/api/v1/scheduling/appointments", json("engagementId", engagementId,
                "start", start, "durationMinutes", 50, "kind", "SESSION"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointmentId = booked.json().path("appointment").path("id").asText();

        switchScheduling("disable");

        assertThat(therapist.get("/api/v1/scheduling/appointments/" + appointmentId).status()).isEqualTo(404);
        assertThat(therapist.get("/api/v1/web/navigation").json().path("pages"))
                .noneMatch(p -> p.path("path").asText().equals("/scheduling"));
        assertThat(therapist.get("/api/v1/users/me").status()).as("the session opened before survives").isEqualTo(200);

        switchScheduling("enable");

        Api.Reply again = therapist.get("/api/v1/scheduling/appointments/" + appointmentId);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.text("start")).isEqualTo(booked.json().path("appointment").path("start").asText());
        assertThat(therapist.get("/api/v1/web/navigation").json().path("pages"))
                .anyMatch(p -> p.path("path").asText().equals("/scheduling"));
    }
}
