package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notes module over HTTP, on the real distribution and its database files. */
@ExtendWith(SharedServer.class)
class NotesTest {

    private final Distribution server = SharedServer.server();

    /** A therapist account; returns [username, id]. */
    private static String[] therapist(String displayName) {
        String username = "notes-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password", username + "-pw",
                "displayName", displayName, "roles", Api.list("therapist")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-pw");
    }

    /** A client with an active engagement of the therapist; returns [engagement id, client id]. */
    private static String[] engagement(Api therapist, String therapistId, String clientName) {
        Api.Reply client = therapist.post("/api/v1/clients", json("displayName", clientName));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Api.Reply e = therapist.post("/api/v1/engagements", json("clientId", client.text("id"), "therapistId", therapistId,
                "modality", "cbt"));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        return new String[] {e.text("id"), client.text("id")};
    }

    private static String soap(String engagementId, String kind, String subjective) {
        return "{\"engagementId\":\"" + engagementId + "\",\"templateId\":\"soap\",\"kind\":\"" + kind + "\",\"fields\":"
                + json("subjective", subjective, "objective", "Calm, engaged", "assessment", "Improving",
                        "plan", "Continue weekly", "risk", "No risk indicated") + "}";
    }

    @Test
    void aTherapistWritesSignsAndAmendsANoteThatNobodyElseReadsAndEveryReadIsAudited() {
        String[] nora = therapist("Dr. Nora Writer");
        Api api = as(nora);
        String[] e = engagement(api, nora[1], "Ola Notes");

        Api.Reply templates = api.get("/api/v1/notes/templates");
        assertThat(templates.json()).extracting(t -> t.path("id").asText()).contains("soap", "dap", "birp");

        Api.Reply created = api.post("/api/v1/notes", soap(e[0], "PROGRESS", "Talked about the move"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        String id = created.text("id");

        Api.Reply edited = api.send("PUT", "/api/v1/notes/" + id, "application/json",
                "{\"fields\":" + json("subjective", "Talked about the move and the new job", "objective", "Calm",
                        "assessment", "Improving", "plan", "Continue weekly", "risk", "No risk indicated") + "}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        Api.Reply signed = api.post("/api/v1/notes/" + id + "/sign", "");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.text("status")).isEqualTo("SIGNED");

        Api.Reply locked = api.send("PUT", "/api/v1/notes/" + id, "application/json", "{\"fields\":{\"plan\":\"x\"}}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text("detail")).contains("Add an addendum");

        Api.Reply amended = api.post("/api/v1/notes/" + id + "/addenda", json("text", "Client phoned: start date moved",
                "reason", "Information after the session"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        JsonNode addendum = amended.json().path("addenda").get(0);
        assertThat(addendum.path("authorName").asText()).isEqualTo("Dr. Nora Writer");
        assertThat(addendum.path("reason").asText()).isEqualTo("Information after the session");
        assertThat(addendum.path("at").asText()).isNotBlank();

        Api.Reply noReason = api.post("/api/v1/notes/" + id + "/addenda", json("text", "x", "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);

        // The admin sees the engagement exists but reads no clinical content; another therapist not even that.
        assertThat(SharedServer.admin().get("/api/v1/notes/" + id).status()).isEqualTo(404);
        assertThat(SharedServer.admin().get("/api/v1/notes?engagementId=" + e[0]).status()).isEqualTo(403);
        assertThat(as(therapist("Dr. Other")).get("/api/v1/notes/" + id).status()).isEqualTo(404);

        assertThat(api.get("/api/v1/notes/" + id).json().path("fields").path("subjective").asText())
                .isEqualTo("Talked about the move and the new job");
        JsonNode audit = SharedServer.admin().get("/api/v1/audit?clientId=" + e[1] + "&limit=100").json().path("entries");
        assertThat(audit).extracting(a -> a.path("action").asText() + ":" + a.path("outcome").asText())
                .contains("note.create:SUCCESS", "note.update:SUCCESS", "note.sign:SUCCESS", "note.amend:SUCCESS",
                        "note.read:SUCCESS", "note.read:DENIED", "note.list:DENIED");
    }

    @Test
    void psychotherapyNotesStayWithTheirAuthorAndOutOfTheRecordExport() throws IOException {
        String[] pia = therapist("Dr. Pia Process");
        Api api = as(pia);
        String[] e = engagement(api, pia[1], "Quinn Export");
        String progress = api.post("/api/v1/notes", soap(e[0], "PROGRESS", "Progress-phrase-kestrel")).text("id");
        assertThat(api.post("/api/v1/notes/" + progress + "/sign", "").status()).isEqualTo(200);
        String process = api.post("/api/v1/notes", soap(e[0], "PSYCHOTHERAPY", "Process-phrase-heron")).text("id");
        assertThat(api.post("/api/v1/notes/" + process + "/sign", "").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/notes/plans", "{\"engagementId\":\"" + e[0] + "\",\"problem\":\"Work stress\","
                + "\"goals\":[{\"description\":\"Sleep seven hours\",\"targetDate\":\"2027-02-01\"}]}").status()).isEqualTo(201);
        Api.Reply phq = api.post("/api/v1/notes/measures/phq-9/responses",
                "{\"engagementId\":\"" + e[0] + "\",\"answers\":[2,2,2,2,2,0,0,0,1]}");
        assertThat(phq.status()).as(phq.toString()).isEqualTo(201);
        assertThat(phq.json().path("score").asInt()).isEqualTo(11);
        assertThat(phq.text("band")).isEqualTo("Moderate");
        assertThat(phq.json().path("alerts").get(0).asText()).contains("item 9");

        assertThat(SharedServer.admin().get("/api/v1/notes/" + process).status()).isEqualTo(404);

        HttpResponse<byte[]> pdf = api.download("/api/v1/notes/engagements/" + e[0] + "/record.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Clinical record", "Quinn Export", "Progress-phrase-kestrel", "Sleep seven hours",
                "PHQ-9", "11/27", "Moderate").doesNotContain("Process-phrase-heron");
        assertThat(SharedServer.admin().download("/api/v1/notes/engagements/" + e[0] + "/record.pdf", "application/pdf")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void noteTextNeverReachesTheDatabaseFilesOrTheLogInPlainText() throws IOException {
        String[] sam = therapist("Dr. Sam Sealed");
        Api api = as(sam);
        String marker = "Zanzibar-" + UUID.randomUUID().toString().substring(0, 8);
        String clientName = "Plain " + marker;
        String[] e = engagement(api, sam[1], clientName);
        String phrase = "Unique-phrase-" + UUID.randomUUID();
        String id = api.post("/api/v1/notes", soap(e[0], "PROGRESS", phrase)).text("id");
        assertThat(api.post("/api/v1/notes/" + id + "/sign", "").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/notes/" + id + "/addenda", json("text", phrase + "-addendum", "reason", "more"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/notes/plans", "{\"engagementId\":\"" + e[0] + "\",\"problem\":\"" + phrase
                + "-plan\",\"goals\":[{\"description\":\"g\"}]}").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/notes/" + id).json().path("fields").path("subjective").asText()).isEqualTo(phrase);

        List<Path> files;
        try (Stream<Path> all = Files.walk(server.home().resolve("data"))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        StringBuilder everything = new StringBuilder();
        for (Path file : files) {
            everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        // The control: the client's name is not clinical text and is stored in plain, so the scan does find plain text.
        assertThat(everything).as("the scan reads the database files").contains(marker);
        assertThat(everything).doesNotContain(phrase.substring("Unique-phrase-".length()));
        assertThat(Files.exists(server.home().resolve("etc/alliance-clinical.p12"))).isTrue();
    }

    @Test
    void aModalityPluginsTemplatesComeAndGoAtRuntimeAndItsNotesOutliveIt() {
        String[] cal = therapist("Dr. Cal Plugin");
        Api api = as(cal);
        String[] e = engagement(api, cal[1], "Remy Runtime");
        ModulesConsole console = ModulesConsole.of(server);
        console.enable("alliance-modality-cbt");
        try {
            assertThat(api.get("/api/v1/notes/templates").json()).extracting(t -> t.path("id").asText())
                    .contains("cbt.thought-record");
            Api.Reply note = api.post("/api/v1/notes", "{\"engagementId\":\"" + e[0]
                    + "\",\"templateId\":\"cbt.thought-record\",\"kind\":\"PROGRESS\",\"fields\":"
                    + json("situation", "Presentation at work") + "}");
            assertThat(note.status()).as(note.toString()).isEqualTo(201);
            String id = note.text("id");

            console.disable("alliance-modality-cbt");

            assertThat(api.get("/api/v1/notes/templates").json()).extracting(t -> t.path("id").asText())
                    .doesNotContain("cbt.thought-record");
            Api.Reply kept = api.get("/api/v1/notes/" + id);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.json().path("template").path("title").asText()).isEqualTo("Thought record");
            assertThat(kept.json().path("fields").path("situation").asText()).isEqualTo("Presentation at work");
            Api.Reply fresh = api.post("/api/v1/notes", "{\"engagementId\":\"" + e[0]
                    + "\",\"templateId\":\"cbt.thought-record\",\"kind\":\"PROGRESS\",\"fields\":{}}");
            assertThat(fresh.status()).isEqualTo(400);
        } finally {
            if (console.module("alliance-modality-cbt").path("installed").asBoolean()) {
                console.disable("alliance-modality-cbt");
            }
        }
    }
}
