package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scheduling module over HTTP, as the web app and scripts use it. */
@ExtendWith(SharedServer.class)
class SchedulingTest {

    private final Distribution server = SharedServer.server();

    /** A therapist account; returns [username, id]. */
    private String[] therapist(String displayName) {
        String username = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password", username + "-pw",
                "displayName", displayName, "roles", Api.list("therapist")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private static Api as(Distribution d, String[] user) {
        return Api.basic(d, user[0], user[0] + "-pw");
    }

    /** A client with an active engagement of the therapist; returns the engagement id. */
    private String engagement(Api therapist, String therapistId, String clientName, boolean sealed) {
        Api.Reply client = therapist.post("/api/v1/clients", json("displayName", clientName, "clinicianClient", sealed));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"), "therapistId", therapistId,
                "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return e.text("id");
    }

    private static String future(int days, int hour) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withHour(hour).withMinute(0).withSecond(0).withNano(0)
                .toString();
    }

    @Test
    void aTherapistBooksASeriesTheFrontDeskSeesItAndCancelsOneLateAndAClashIsNamed() {
        String[] tina = therapist("Dr. Tina Booker");
        Api api = as(server, tina);
        String engagementId = engagement(api, tina[1], "Bea Client", false);

        // The first session is a few hours away: inside the 24-hour late-cancellation window.
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).withMinute(0).withSecond(0).withNano(0);
        Api.Reply booked = api.post("/api/v1/scheduling/appointments", json("engagementId", engagementId,
                "start", soon.toString(), "durationMinutes", 50, "kind", "SESSION", "recurrence", "FREQ=WEEKLY;COUNT=3"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode occurrences = booked.json().path("occurrences");
        assertThat(occurrences).hasSize(3);

        Api.Reply clash = api.post("/api/v1/scheduling/appointments", json("engagementId", engagementId,
                "start", soon.plusDays(7).plusMinutes(10).toString(), "durationMinutes", 30, "kind", "SESSION"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text("detail")).contains("Dr. Tina Booker is already booked");

        Api.Reply desk = SharedServer.admin().get("/api/v1/scheduling/appointments?therapistId=" + tina[1] + "&from="
                + future(0, 0) + "&to=" + future(30, 0));
        assertThat(desk.json()).hasSize(3);

        String first = occurrences.get(0).path("id").asText();
        Api.Reply cancelled = SharedServer.admin().post("/api/v1/scheduling/appointments/" + first + "/cancel",
                json("reason", "Sick child", "initiatedBy", "CLIENT"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get(0).path("status").asText()).isEqualTo("LATE_CANCELLED");
        assertThat(api.get("/api/v1/scheduling/appointments/" + first + "/history").json())
                .extracting(c -> c.path("change").asText()).containsExactly("BOOKED", "LATE_CANCELLED");

        String second = occurrences.get(1).path("id").asText();
        Api.Reply moved = api.post("/api/v1/scheduling/appointments/" + second + "/reschedule",
                json("start", soon.plusDays(8).toString()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    @Test
    void ofThirtyTwoConcurrentRequestsForOneSlotExactlyOneWins() throws Exception {
        String[] tom = therapist("Dr. Tom Busy");
        Api api = as(server, tom);
        List<String> engagements = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            engagements.add(engagement(api, tom[1], "Racer " + i, false));
        }
        String start = future(3, 14);
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((tom[0] + ":" + tom[0] + "-pw")
                .getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> requests = engagements.stream().map(e -> http.sendAsync(
                HttpRequest.newBuilder(server.uri("/api/v1/scheduling/appointments")).header("Authorization", basic)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                json("engagementId", e, "start", start, "durationMinutes", 50, "kind", "SESSION")))
                        .build(), HttpResponse.BodyHandlers.ofString())).toList();

        Map<Integer, Long> statuses = requests.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertThat(statuses).containsOnly(Map.entry(201, 1L), Map.entry(409, 31L));
    }

    @Test
    void theCalendarFeedIsValidICalendarWithInitialsOrPseudonymsOnly() throws Exception {
        String[] tess = therapist("Dr. Tess Feed");
        Api api = as(server, tess);
        String open = engagement(api, tess[1], "Olivia Open", false);
        String sealed = engagement(api, tess[1], "Dr. Sigrid Sealed", true);
        assertThat(api.post("/api/v1/scheduling/appointments", json("engagementId", open, "start", future(2, 9),
                "durationMinutes", 50, "kind", "SESSION")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/scheduling/appointments", json("engagementId", sealed, "start", future(2, 11),
                "durationMinutes", 50, "kind", "SESSION", "location", "VIDEO")).status()).isEqualTo(201);

        Api.Reply feed = api.post("/api/v1/scheduling/feeds", "");
        assertThat(feed.status()).as(feed.toString()).isEqualTo(201);
        String url = feed.text("url");
        HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().map(s -> s.getValue()).orElse("")).toList();
        assertThat(summaries).hasSize(2).anyMatch(s -> s.equals("Session · O.O."))
                .anyMatch(s -> s.startsWith("Session · Client "));
        assertThat(ics.body()).doesNotContain("Olivia").doesNotContain("Sigrid");

        String token = url.substring(url.lastIndexOf('/') + 1).replace(".ics", "");
        assertThat(api.send("DELETE", "/api/v1/scheduling/feeds/" + token, null, null).status()).isEqualTo(204);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String[] tia = therapist("Dr. Tia Input");
        Api api = as(server, tia);
        String e = engagement(api, tia[1], "Ivy Input", false);

        Api.Reply noKind = api.post("/api/v1/scheduling/appointments", json("engagementId", e, "start", future(1, 9)));
        Api.Reply rule = api.post("/api/v1/scheduling/appointments", json("engagementId", e, "start", future(1, 9),
                "kind", "SESSION", "recurrence", "FREQ=SECONDLY"));
        Api.Reply range = api.get("/api/v1/scheduling/appointments?therapistId=" + tia[1] + "&from=yesterday&to=x");

        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.text("field")).isEqualTo("kind");
        assertThat(rule.text("field")).isEqualTo("recurrence");
        assertThat(range.text("field")).isEqualTo("from");
    }

    @Test
    void aRoomIsGivenOnceAtATime() {
        Api.Reply room = SharedServer.admin().post("/api/v1/scheduling/rooms", json("name", "Room " + UUID.randomUUID()));
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        String[] ann = therapist("Dr. Ann Room");
        String[] ben = therapist("Dr. Ben Room");
        String start = future(4, 13);
        Api.Reply first = as(server, ann).post("/api/v1/scheduling/appointments", json("engagementId",
                engagement(as(server, ann), ann[1], "Rhea Room", false), "start", start, "durationMinutes", 50,
                "kind", "SESSION", "roomId", room.text("id")));
        Api.Reply second = as(server, ben).post("/api/v1/scheduling/appointments", json("engagementId",
                engagement(as(server, ben), ben[1], "Rory Room", false), "start", start, "durationMinutes", 50,
                "kind", "SESSION", "roomId", room.text("id")));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("detail")).contains("room is already booked");
        assertThat(SharedServer.admin().get("/api/v1/scheduling/rooms").json())
                .anyMatch(r -> r.path("id").asText().equals(room.text("id")));
    }
}
