package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervision module over HTTP on the real distribution, with notes and scheduling installed
 * (all three are boot features): conflicts and consent refused, the co-signature queue, the
 * verified log, the hours and the board's PDF, live observation with the client's consent.
 */
@ExtendWith(SharedServer.class)
class SupervisionTest {

    private static final String API = "/api/v1/supervision";

    private final Distribution server = SharedServer.server();

    /** A new account; returns [username, id]. */
    private static String[] user(String displayName, String license, String... roles) {
        String username = "sup-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password", username + "-pw",
                "displayName", displayName, "roles", Api.list(roles), "licenseNumber", license));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-pw");
    }

    private static String day(int fromToday) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(fromToday).toString();
    }

    /** A client with an active engagement of the therapist; returns [engagement id, client id]. */
    private static String[] engagement(Api therapist, String therapistId, String clientJson) {
        Api.Reply client = therapist.post("/api/v1/clients", clientJson);
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"), "therapistId", therapistId,
                "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return new String[] {e.text("id"), client.text("id")};
    }

    private static String signedNote(Api author, String engagementId, String subjective) {
        String id = author.post("/api/v1/notes", "{\"engagementId\":\"" + engagementId + "\",\"templateId\":\"soap\","
                + "\"kind\":\"PROGRESS\",\"fields\":" + json("subjective", subjective, "objective", "Calm",
                        "assessment", "Improving", "plan", "Continue weekly", "risk", "No risk indicated") + "}").text("id");
        Api.Reply signed = author.post("/api/v1/notes/" + id + "/sign", "");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.text("status")).as("a supervisee's note waits for the supervisor").isEqualTo("AWAITING_COSIGNATURE");
        return id;
    }

    private static String disclosures(Api api, String engagementId) {
        return api.get("/api/v1/engagements/" + engagementId + "/disclosures").json().path("statements").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSupervisorCosignsReturnsVerifiesAndExportsTheHoursAndConflictsAreRefused() throws IOException {
        String[] sam = user("Dr. Sam Overseer", "LMFT 98765", "supervisor", "therapist");
        String[] ines = user("Ines Trainee", "AMFT 1111", "intern");
        String[] tara = user("Dr. Tara Treating", "LMFT 2222", "supervisor", "therapist");
        Api samApi = as(sam);
        Api inesApi = as(ines);

        // Tara treats Ines as a clinician-client: she may not supervise her, and is told why.
        engagement(as(tara), tara[1], json("displayName", "Ines T.", "clinicianClient", true, "practitionerId", ines[1]));
        Api.Reply conflict = as(tara).post(API + "/relationships", json("supervisorId", tara[1], "superviseeId", ines[1],
                "cosignMode", "COSIGN", "ruleSet", "ca-lmft", "start", day(-200), "consentRecorded", true));
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(422);
        assertThat(conflict.json().path("violations")).singleElement().satisfies(v -> assertThat(v.asText())
                .contains("Dr. Tara Treating is or was Ines Trainee's therapist"));
        assertThat(SharedServer.admin().get("/api/v1/audit?userId=" + tara[1] + "&limit=50").json().path("entries"))
                .extracting(a -> a.path("action").asText() + ":" + a.path("outcome").asText())
                .contains("supervision.relationship.create:DENIED");

        // Without Ines's consent nothing is recorded.
        Api.Reply noConsent = samApi.post(API + "/relationships", json("supervisorId", sam[1], "superviseeId", ines[1],
                "cosignMode", "COSIGN", "ruleSet", "ca-lmft", "start", day(-200), "consentRecorded", false));
        assertThat(noConsent.status()).as(noConsent.toString()).isEqualTo(422);
        assertThat(noConsent.json().path("violations").get(0).asText()).contains("consent");

        Api.Reply created = samApi.post(API + "/relationships", json("supervisorId", sam[1], "superviseeId", ines[1],
                "cosignMode", "COSIGN", "ruleSet", "ca-lmft", "start", day(-200), "consentRecorded", true,
                "scope", "Adult individual clients"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String relationshipId = created.text("id");
        assertThat(inesApi.get(API + "/relationships?superviseeId=" + ines[1]).json())
                .extracting(r -> r.path("id").asText()).containsExactly(relationshipId);
        assertThat(SharedServer.admin().get(API + "/rule-sets").json()).extracting(r -> r.path("id").asText())
                .contains("ca-lmft", "tx-lpc-associate");

        // Ines's clients are told she is supervised, and by whom.
        String[] inesClient = engagement(inesApi, ines[1], json("displayName", "Olga Client"));
        assertThat(inesApi.get("/api/v1/engagements/" + inesClient[0] + "/disclosures").json().path("statements"))
                .singleElement().satisfies(s -> assertThat(s.asText()).contains("Ines Trainee practises under the clinical "
                        + "supervision of Dr. Sam Overseer, LMFT 98765"));

        // ... and read his license as it is now, after an admin corrects it.
        assertThat(SharedServer.admin().patch("/api/v1/users/" + sam[1], json("licenseNumber", "LMFT 98766")).status())
                .isEqualTo(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!disclosures(inesApi, inesClient[0]).contains("LMFT 98766") && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        assertThat(disclosures(inesApi, inesClient[0])).contains("Dr. Sam Overseer, LMFT 98766");

        // A signed note waits in Sam's queue; he co-signs it.
        String first = signedNote(inesApi, inesClient[0], "First session");
        assertThat(samApi.get(API + "/queue").json()).extracting(n -> n.path("id").asText()).contains(first);
        Api.Reply cosigned = samApi.post(API + "/queue/" + first + "/cosign", "");
        assertThat(cosigned.status()).as(cosigned.toString()).isEqualTo(200);
        assertThat(cosigned.text("status")).isEqualTo("SIGNED");

        // Another he returns with comments: back to Ines as a draft, the comments kept.
        String second = signedNote(inesApi, inesClient[0], "Second session");
        Api.Reply returned = samApi.post(API + "/queue/" + second + "/return", json("comments", "Add the risk assessment"));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        JsonNode draft = inesApi.get("/api/v1/notes/" + second).json();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("history")).anySatisfy(h -> {
            assertThat(h.path("action").asText()).isEqualTo("RETURNED");
            assertThat(h.path("comment").asText()).isEqualTo("Add the risk assessment");
        });
        assertThat(samApi.get(API + "/queue").json()).extracting(n -> n.path("id").asText()).doesNotContain(first, second);

        // The supervision log: Ines logs, only Sam verifies.
        Api.Reply session = inesApi.post(API + "/sessions", json("relationshipId", relationshipId, "date", day(-7),
                "minutes", 60, "format", "INDIVIDUAL", "medium", "IN_PERSON", "topics", "Pacing exposure work"));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        Api.Reply unverified = inesApi.post(API + "/sessions", json("relationshipId", relationshipId, "date", day(-3),
                "minutes", 83, "format", "GROUP", "medium", "VIDEO"));
        assertThat(unverified.status()).as(unverified.toString()).isEqualTo(201);
        assertThat(inesApi.post(API + "/sessions/" + session.text("id") + "/verify", "").status()).isEqualTo(403);
        Api.Reply verified = samApi.post(API + "/sessions/" + session.text("id") + "/verify", "");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.text("verifiedAt")).isNotBlank();
        assertThat(samApi.post(API + "/sessions/" + session.text("id") + "/verify", "").status()).isEqualTo(409);
        assertThat(samApi.get(API + "/sessions?superviseeId=" + ines[1]).json()).hasSize(2);

        // Hand-logged client hours, and the totals against the California rules.
        Api.Reply hours = inesApi.post(API + "/hours", json("superviseeId", ines[1], "date", day(-5), "minutes", 600,
                "kind", "DIRECT", "note", "Community clinic groups"));
        assertThat(hours.status()).as(hours.toString()).isEqualTo(201);
        assertThat(inesApi.post(API + "/hours", json("date", day(1), "minutes", 60, "kind", "DIRECT")).status())
                .isEqualTo(400);
        JsonNode summary = inesApi.get(API + "/hours").json();
        assertThat(summary.path("ruleSetId").asText()).isEqualTo("ca-lmft");
        assertThat(summary.path("directMinutes").asLong()).isEqualTo(600);
        assertThat(summary.path("individualMinutes").asLong()).isEqualTo(60);
        assertThat(summary.path("groupMinutes").asLong()).isZero();
        assertThat(summary.path("unverifiedSessions").asInt()).isEqualTo(1);
        assertThat(summary.path("evaluation").path("requirements")).isNotEmpty();
        assertThat(summary.path("evaluation").path("rules")).isNotEmpty();
        assertThat(as(tara).get(API + "/hours?superviseeId=" + ines[1]).status()).isEqualTo(404);

        // The board's PDF: supervisor, license, verified session and totals; nothing unverified.
        HttpResponse<byte[]> pdf = samApi.download(API + "/hours/export.pdf?superviseeId=" + ines[1], "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Supervised experience log", "Ines Trainee", "Dr. Sam Overseer", "LMFT 98766", day(-7),
                "10.0 hours", "1.0 hours").doesNotContain(day(-3)).doesNotContain("Pacing exposure work");
    }

    @Test
    void anObservationIsRefusedWithoutTheClientsConsentAndJoinsTheObserversCalendarOnceAccepted() {
        String[] sam = user("Dr. Sam Watcher", "LMFT 3333", "supervisor");
        String[] tess = user("Tess Observed", null, "therapist");
        Api tessApi = as(tess);
        String[] e = engagement(tessApi, tess[1], json("displayName", "Pat Observed"));
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(11).withMinute(0).withSecond(0)
                .withNano(0);
        Api.Reply booked = tessApi.post("/api/v1/scheduling/appointments", json("engagementId", e[0], "start",
                start.toString(), "durationMinutes", 50, "kind", "SESSION", "location", "VIDEO"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointmentId = booked.json().path("appointment").path("id").asText();

        Api.Reply refused = tessApi.post(API + "/observations", json("appointmentId", appointmentId, "observerId", sam[1],
                "mode", "MAY_INTERVENE", "clientConsent", false));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("violations").get(0).asText()).contains("client's consent");

        Api.Reply requested = tessApi.post(API + "/observations", json("appointmentId", appointmentId, "observerId", sam[1],
                "mode", "MAY_INTERVENE", "clientConsent", true));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.text("status")).isEqualTo("REQUESTED");
        String id = requested.text("id");
        assertThat(as(sam).get(API + "/observations").json()).extracting(o -> o.path("id").asText()).containsExactly(id);
        assertThat(tessApi.post(API + "/observations/" + id + "/accept", "").status()).isEqualTo(403);

        Api.Reply accepted = as(sam).post(API + "/observations/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");

        // The session is in Sam's calendar, as a supervision meeting at the session's time (no client named).
        JsonNode calendar = as(sam).get("/api/v1/scheduling/appointments?therapistId=" + sam[1] + "&from="
                + start.minusHours(1) + "&to=" + start.plusHours(2)).json();
        assertThat(calendar).singleElement().satisfies(a -> {
            assertThat(a.path("kind").asText()).isEqualTo("SUPERVISION");
            assertThat(OffsetDateTime.parse(a.path("start").asText()).toInstant()).isEqualTo(start.toInstant());
            assertThat(a.path("clientName").isMissingNode()).isTrue();
        });
        Api.Reply tooEarly = as(sam).post(API + "/observations/" + id + "/record", json("observations", "Seen"));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);

        // Every step about the client's session is in the audit log under the client.
        assertThat(SharedServer.admin().get("/api/v1/audit?clientId=" + e[1] + "&limit=100").json().path("entries"))
                .extracting(a -> a.path("action").asText() + ":" + a.path("outcome").asText())
                .contains("supervision.observation.request:DENIED", "supervision.observation.request:SUCCESS",
                        "supervision.observation.read:SUCCESS", "supervision.observation.answer:DENIED",
                        "supervision.observation.answer:SUCCESS");
    }
}
