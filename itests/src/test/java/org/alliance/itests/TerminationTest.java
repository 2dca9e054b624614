package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The termination workflow over HTTP, with scheduling and notes installed: an ending with too
 * little notice refused, a short-notice exception approved by a second person, the checklist
 * filled from the notes, closing that ends the engagement and cancels its future sessions, the
 * letter without clinical text, re-intake as a new engagement. On a server of its own: while the
 * module is installed, engagements end only through it, which other test classes do not expect.
 */
class TerminationTest {

    private static Distribution server;
    private static GreenMail smtp;

    @BeforeAll
    static void start() throws Exception {
        server = Distribution.withAdminFromEnvironment().start();
        ModulesConsole.of(server).enable("alliance-termination");
        // A real SMTP exchange with a local test server, as the practice's mail server would take it.
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        int port = smtp.getSmtp().getPort();
        Files.writeString(server.home().resolve("etc/org.alliance.notify.smtp.cfg"), String.join("\n", "enabled = true",
                "host = 127.0.0.1", "port = " + port, "security = NONE", "fromAddress = office@harbour.example", ""));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!server.log().contains("Email goes through 127.0.0.1:" + port)) {
            assertThat(Instant.now()).as("the SMTP settings are applied within 30 s").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The emails that reached this address so far. */
    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static Api admin() {
        return Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
    }

    /** A new account with these roles; returns [username, id]. */
    private static String[] user(String displayName, String... roles) {
        String username = "term-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = admin().post("/api/v1/users", json("username", username, "password", username + "-pw",
                "displayName", displayName, "roles", Api.list(roles)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private static Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-pw");
    }

    private static String day(int fromToday) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(fromToday).toString();
    }

    @Test
    void anEndingIsPlannedWithNoticeOrApprovedAsAnExceptionAndClosesOnlyWhenTheChecklistIsDone() throws Exception {
        String[] tess = user("Dr. Tess Ending", "therapist");
        String[] sam = user("Dr. Sam Supervisor", "supervisor");
        Api api = as(tess);
        Api.Reply client = api.post("/api/v1/clients", json("displayName", "Una Leaving", "email", "una@example.org"));
        String clientId = client.text("id");
        String engagementId = api.post("/api/v1/engagements", json("clientId", clientId, "therapistId", tess[1],
                "modality", "cbt")).text("id");
        OffsetDateTime next = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withHour(10).withMinute(0).withSecond(0).withNano(0);
        Api.Reply series = api.post("/api/v1/scheduling/appointments", json("engagementId", engagementId,
                "start", next.toString(), "durationMinutes", 50, "kind", "SESSION", "recurrence", "FREQ=WEEKLY;COUNT=4"));
        assertThat(series.status()).as(series.toString()).isEqualTo(201);

        // No way around the workflow.
        Api.Reply plainClose = api.post("/api/v1/engagements/" + engagementId + "/close", json("reason", "done"));
        assertThat(plainClose.status()).isEqualTo(409);
        assertThat(plainClose.text("detail")).contains("termination");

        // Too little notice for an ordinary reason: refused, saying what is missing.
        Api.Reply tooSoon = api.post("/api/v1/termination/plans", json("engagementId", engagementId, "reason", "GOALS_MET",
                "plannedEndDate", day(3), "closureSessions", 1));
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(422);
        assertThat(tooSoon.json().path("violations")).hasSize(2);
        assertThat(tooSoon.text("detail")).contains("3 days away", "at least 14 days");

        // The client asked to stop: an exception, which waits for a second person.
        Api.Reply plan = api.post("/api/v1/termination/plans", json("engagementId", engagementId, "reason", "CLIENT_REQUEST",
                "plannedEndDate", day(1), "closureSessions", 0));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(plan.text("status")).isEqualTo("AWAITING_APPROVAL");
        String planId = plan.text("id");
        assertThat(api.post("/api/v1/termination/plans/" + planId + "/close", "").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/termination/plans/" + planId + "/approve", "").status()).isEqualTo(403);
        Api.Reply approved = as(sam).post("/api/v1/termination/plans/" + planId + "/approve", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("ACTIVE");
        assertThat(approved.json().path("considerations")).isEmpty();

        // The checklist: counseling by hand, the discharge summary from the notes.
        Api.Reply open = api.post("/api/v1/termination/plans/" + planId + "/close", "");
        assertThat(open.status()).isEqualTo(409);
        assertThat(open.text("detail")).contains("Pre-termination counseling", "Discharge summary");
        Api.Reply ticked = api.post("/api/v1/termination/plans/" + planId + "/checklist/pre-termination-counseling",
                json("done", true, "note", "Discussed the ending and what helped; client knows how to return"));
        assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/termination/plans/" + planId + "/checklist/discharge-summary",
                json("done", true, "note", "x")).status()).isEqualTo(400);
        String summary = api.post("/api/v1/notes", "{\"engagementId\":\"" + engagementId + "\",\"templateId\":"
                + "\"discharge-summary\",\"kind\":\"PROGRESS\",\"fields\":" + json("reason", "Client request",
                        "course", "Eight sessions of CBT for panic-phrase-aurora", "outcome", "Panic attacks stopped",
                        "aftercare", "Self-help plan") + "}").text("id");
        assertThat(api.post("/api/v1/notes/" + summary + "/sign", "").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/termination/plans/" + planId + "/referrals", json("name", "Dr. Ada Next",
                "contact", "ada@example.org")).status()).isEqualTo(201);

        Api.Reply closed = api.post("/api/v1/termination/plans/" + planId + "/close", "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("endedOn")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        JsonNode engagement = api.get("/api/v1/engagements/" + engagementId).json();
        assertThat(engagement.path("status").asText()).isEqualTo("ENDED");

        // Every future session of the engagement is cancelled.
        JsonNode ahead = api.get("/api/v1/scheduling/appointments?clientId=" + clientId + "&from="
                + OffsetDateTime.now(ZoneOffset.UTC) + "&to=" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(60)).json();
        assertThat(ahead).hasSize(4).allSatisfy(a -> assertThat(a.path("status").asText()).isEqualTo("CANCELLED"));
        // ... and the client hears it once for the series, by email.
        Instant mailDeadline = Instant.now().plus(Duration.ofSeconds(30));
        while (mailTo("una@example.org").stream().noneMatch(TerminationTest::isCancellation)
                && Instant.now().isBefore(mailDeadline)) {
            Thread.sleep(250);
        }
        assertThat(mailTo("una@example.org")).filteredOn(TerminationTest::isCancellation).singleElement()
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("and the 3 following ones"));

        // The letter: dates and referrals, no clinical text.
        HttpResponse<byte[]> letter = api.download("/api/v1/termination/plans/" + planId + "/letter.pdf", "application/pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument doc = Loader.loadPDF(letter.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Una Leaving", "ended on", "Dr. Ada Next", "Dr. Tess Ending")
                .doesNotContain("panic-phrase-aurora").doesNotContain("CLIENT_REQUEST").doesNotContain("Client request");

        // The exception is flagged for review.
        JsonNode audit = admin().get("/api/v1/audit?clientId=" + clientId + "&flagged=true&limit=50").json().path("entries");
        assertThat(audit).extracting(a -> a.path("action").asText())
                .contains("termination.plan.create", "termination.plan.approve");

        // A new episode of care is a new engagement, never an edit of the old one.
        Api.Reply reIntake = api.post("/api/v1/engagements", json("clientId", clientId, "therapistId", tess[1],
                "modality", "cbt"));
        assertThat(reIntake.status()).as(reIntake.toString()).isEqualTo(201);
        assertThat(reIntake.text("id")).isNotEqualTo(engagementId);
    }

    private static boolean isCancellation(MimeMessage m) {
        try {
            return m.getSubject().contains("cancelled");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withOnlyCoreTheTherapistTicksTheChecklistByHandAndTheEngagementStillEndsOnlyThroughThePlan() throws Exception {
        ModulesConsole console = ModulesConsole.of(server);
        console.disable("alliance-scheduling");
        console.disable("alliance-notes");
        try {
            String[] kim = user("Dr. Kim Core", "therapist");
            Api api = as(kim);
            String clientId = api.post("/api/v1/clients", json("displayName", "Oli Onlycore")).text("id");
            String engagementId = api.post("/api/v1/engagements", json("clientId", clientId, "therapistId", kim[1],
                    "modality", "cbt")).text("id");
            String planId = api.post("/api/v1/termination/plans", json("engagementId", engagementId, "reason",
                    "GOALS_MET", "plannedEndDate", day(15), "closureSessions", 2)).text("id");

            JsonNode plan = api.get("/api/v1/termination/plans/" + planId).json();
            assertThat(plan.path("heldClosureSessions").isNumber()).as("unknown without the calendar").isFalse();
            assertThat(plan.path("checklist")).extracting(i -> i.path("id").asText() + ":" + i.path("automatic").asBoolean())
                    .containsExactly("pre-termination-counseling:false", "referrals-offered:true", "closure-sessions:false",
                            "final-outcome-measure:false", "discharge-summary:false");
            for (String item : List.of("pre-termination-counseling", "closure-sessions", "final-outcome-measure",
                    "discharge-summary")) {
                Api.Reply ticked = api.post("/api/v1/termination/plans/" + planId + "/checklist/" + item,
                        json("done", true, "note", "Done on paper, 2 closing sessions held"));
                assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
            }
            Api.Reply refused = api.post("/api/v1/termination/plans/" + planId + "/close", "");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("detail")).contains("Referral list offered");
            api.post("/api/v1/termination/plans/" + planId + "/referrals", json("name", "Community clinic",
                    "contact", "+1 555 0100"));

            Api.Reply closed = api.post("/api/v1/termination/plans/" + planId + "/close", "");

            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            assertThat(closed.text("endedOn")).isEqualTo(day(0));
            assertThat(api.get("/api/v1/engagements/" + engagementId).json().path("status").asText()).isEqualTo("ENDED");
        } finally {
            console.enable("alliance-scheduling");
            console.enable("alliance-notes");
        }
    }

    @Test
    void aPlanWithEnoughNoticeIsActiveAtOnceAndShowsTheModalitysConsiderations() {
        ModulesConsole.of(server).enable("alliance-modality-cbt");
        try {
            String[] ivo = user("Dr. Ivo Notice", "therapist");
            Api api = as(ivo);
            String clientId = api.post("/api/v1/clients", json("displayName", "Vera Planned")).text("id");
            String engagementId = api.post("/api/v1/engagements", json("clientId", clientId, "therapistId", ivo[1],
                    "modality", "cbt")).text("id");

            Api.Reply plan = api.post("/api/v1/termination/plans", json("engagementId", engagementId, "reason", "GOALS_MET",
                    "plannedEndDate", day(21), "closureSessions", 2));

            assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
            assertThat(plan.text("status")).isEqualTo("ACTIVE");
            assertThat(plan.json().path("considerations")).isNotEmpty();
            assertThat(plan.json().path("checklist")).extracting(i -> i.path("id").asText() + ":" + i.path("state").asText())
                    .containsExactly("pre-termination-counseling:OPEN", "referrals-offered:OPEN", "closure-sessions:OPEN",
                            "final-outcome-measure:OPEN", "discharge-summary:OPEN");
            assertThat(plan.json().path("heldClosureSessions").asInt()).isZero();
            assertThat(api.post("/api/v1/termination/plans", json("engagementId", engagementId, "reason", "GOALS_MET",
                    "plannedEndDate", day(30), "closureSessions", 2)).status()).isEqualTo(409);
            assertThat(api.get("/api/v1/termination/policy").json().path("minimumNoticeDays").asInt()).isEqualTo(14);
        } finally {
            ModulesConsole.of(server).disable("alliance-modality-cbt");
        }
    }

    @Test
    void duringAnAbsenceTheCoverSeesTheCaseloadItNeedsWithTheSealHoldingAndEveryReadAudited() {
        String[] dana = user("Dr. Dana Away", "therapist");
        String[] cole = user("Dr. Cole Cover", "therapist");
        Api danaApi = as(dana);
        String uma = danaApi.post("/api/v1/clients", json("displayName", "Uma Unsealed", "phone", "+1 555 0142")).text("id");
        String sealed = danaApi.post("/api/v1/clients", json("displayName", "Dr. Seth Sealed", "clinicianClient", true))
                .text("id");
        String withUma = danaApi.post("/api/v1/engagements", json("clientId", uma, "therapistId", dana[1],
                "modality", "cbt")).text("id");
        danaApi.post("/api/v1/engagements", json("clientId", sealed, "therapistId", dana[1], "modality", "cbt"));
        String note = danaApi.post("/api/v1/notes", "{\"engagementId\":\"" + withUma + "\",\"templateId\":\"soap\","
                + "\"kind\":\"PROGRESS\",\"fields\":" + json("subjective", "Sleeping better", "objective", "Calm",
                        "assessment", "Improving", "plan", "Continue", "risk", "No risk indicated") + "}").text("id");
        assertThat(danaApi.post("/api/v1/notes/" + note + "/sign", "").status()).isEqualTo(200);
        Api coleApi = as(cole);
        assertThat(coleApi.get("/api/v1/engagements").json()).as("nothing before the absence").isEmpty();

        Api.Reply cover = danaApi.post("/api/v1/termination/coverage", json("therapistId", dana[1],
                "coveringTherapistId", cole[1], "from", day(0), "to", day(7)));
        assertThat(cover.status()).as(cover.toString()).isEqualTo(201);

        JsonNode caseload = coleApi.get("/api/v1/engagements").json();
        assertThat(caseload).extracting(e -> e.path("clientName").asText())
                .contains("Uma Unsealed").doesNotContain("Dr. Seth Sealed").hasSize(2);
        assertThat(coleApi.get("/api/v1/clients/" + uma).text("phone")).isEqualTo("+1 555 0142");
        assertThat(coleApi.get("/api/v1/clients/" + sealed).text("displayName")).isNotEqualTo("Dr. Seth Sealed");
        Api.Reply notes = coleApi.get("/api/v1/notes?engagementId=" + withUma);
        assertThat(notes.status()).as(notes.toString()).isEqualTo(200);
        assertThat(notes.json().toString()).contains("Sleeping better");
        assertThat(coleApi.post("/api/v1/engagements/" + withUma + "/close", json("reason", "cover ends it")).status())
                .as("the cover reads; it does not end").isIn(403, 409);

        JsonNode audit = admin().get("/api/v1/audit?clientId=" + uma + "&limit=100").json().path("entries");
        assertThat(audit).filteredOn(a -> a.path("actorId").asText().equals(cole[1]))
                .extracting(a -> a.path("action").asText() + ":" + a.path("reason").asText())
                .contains("client.read:covering during an absence, " + day(0) + " to " + day(7))
                .allSatisfy(entry -> assertThat(entry).contains("covering during an absence"));
    }
}
