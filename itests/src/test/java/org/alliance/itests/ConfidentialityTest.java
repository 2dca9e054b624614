package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clinician-client seal, least privilege and the audit log, as the practice's people
 * meet them: front desk, two therapists and an admin, one of whose clients is a therapist.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityTest {

    private Distribution server;
    private Api frontDesk;
    private Api treating;
    private Api other;
    private Api admin;
    private String treatingId;
    private String sealedId;
    private String engagementId;

    @BeforeAll
    void practice() {
        server = SharedServer.server();
        admin = SharedServer.admin();
        create("fiona", "frontdesk");
        treatingId = create("tom", "therapist");
        create("olga", "therapist");
        frontDesk = Api.basic(server, "fiona", "fiona-password-1");
        treating = Api.basic(server, "tom", "tom-password-1");
        other = Api.basic(server, "olga", "olga-password-1");

        Api.Reply sealed = frontDesk.post("/api/v1/clients", json("displayName", "Dr. Sam Sealed", "dateOfBirth",
                "1975-05-06", "email", "sam@example.org", "phone", "+1 555 0100", "clinicianClient", true));
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(201);
        sealedId = sealed.text("id");
        Api.Reply engagement = frontDesk.post("/api/v1/engagements", json("clientId", sealedId, "therapistId",
                treatingId, "modality", "psychodynamic"));
        assertThat(engagement.status()).as(engagement.toString()).isEqualTo(201);
        assertThat(engagement.text("status")).isEqualTo("ACTIVE");
        engagementId = engagement.text("id");
    }

    private String create(String username, String... roles) {
        Api.Reply r = admin.post("/api/v1/users", json("username", username, "password", username + "-password-1",
                "displayName", "User " + username, "roles", Api.list(roles)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    @Test
    void frontDeskSeesASealedClientOnlyByPseudonym() {
        JsonNode c = frontDesk.get("/api/v1/clients/" + sealedId).json();
        assertThat(c.path("displayName").asText()).matches("Client [0-9A-F]{4,}");
        assertThat(c.path("identityVisible").asBoolean()).isFalse();
        assertThat(c.has("email")).isFalse();
        assertThat(c.has("dateOfBirth")).isFalse();
        assertThat(frontDesk.get("/api/v1/clients").raw().body()).doesNotContain("Sealed").doesNotContain("sam@example.org");
        assertThat(frontDesk.get("/api/v1/engagements?clientId=" + sealedId).raw().body()).doesNotContain("Sealed");
    }

    @Test
    void thePseudonymIsStable() {
        String first = frontDesk.get("/api/v1/clients/" + sealedId).text("displayName");
        assertThat(admin.get("/api/v1/clients/" + sealedId).text("displayName")).isEqualTo(first);
        assertThat(frontDesk.get("/api/v1/clients/" + sealedId).text("displayName")).isEqualTo(first);
    }

    @Test
    void theTreatingTherapistSeesTheIdentity() {
        JsonNode c = treating.get("/api/v1/clients/" + sealedId).json();
        assertThat(c.path("displayName").asText()).isEqualTo("Dr. Sam Sealed");
        assertThat(c.path("email").asText()).isEqualTo("sam@example.org");
        assertThat(treating.get("/api/v1/engagements").raw().body()).contains("Dr. Sam Sealed");
    }

    @Test
    void anotherTherapistDoesNotLearnTheClientExists() {
        assertThat(other.get("/api/v1/clients/" + sealedId).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/clients").raw().body()).doesNotContain(sealedId);
        assertThat(other.get("/api/v1/engagements/" + engagementId).status()).isEqualTo(404);
    }

    @Test
    void anAdminSeesThePseudonymUntilBreakingTheGlassWithAReason() {
        // A client of its own, so the grant does not change what the other tests see.
        String sealedId = frontDesk.post("/api/v1/clients", json("displayName", "Dr. Gail Glass",
                "clinicianClient", true)).text("id");
        assertThat(frontDesk.post("/api/v1/engagements", json("clientId", sealedId, "therapistId", treatingId,
                "modality", "cbt")).status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/clients/" + sealedId).text("displayName")).startsWith("Client ");
        Api.Reply noReason = admin.post("/api/v1/clients/" + sealedId + "/break-glass", json("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(frontDesk.post("/api/v1/clients/" + sealedId + "/break-glass",
                json("reason", "I would like to know who this is")).status()).isEqualTo(403);

        Instant before = Instant.now().minusSeconds(1);
        Api.Reply glass = admin.post("/api/v1/clients/" + sealedId + "/break-glass",
                json("reason", "Client in crisis, treating therapist unreachable"));
        assertThat(glass.status()).isEqualTo(200);
        assertThat(glass.text("displayName")).isEqualTo("Dr. Gail Glass");
        assertThat(admin.get("/api/v1/clients/" + sealedId).text("displayName")).isEqualTo("Dr. Gail Glass");
        assertThat(glass.json().path("breakGlass").asBoolean()).isTrue();

        JsonNode entries = admin.get("/api/v1/audit?clientId=" + sealedId + "&from=" + before).json().path("entries");
        JsonNode breakGlass = null;
        for (JsonNode e : entries) {
            if (e.path("action").asText().equals("client.break-glass") && e.path("outcome").asText().equals("SUCCESS")) {
                breakGlass = e;
            }
        }
        assertThat(breakGlass).as(entries.toString()).isNotNull();
        assertThat(breakGlass.path("flagged").asBoolean()).isTrue();
        assertThat(breakGlass.path("reason").asText()).contains("therapist unreachable");
    }

    @Test
    void everyReadOfTheClientIsInTheAuditLogByClientAndByUser() {
        Instant before = Instant.now().minusSeconds(1);
        treating.get("/api/v1/clients/" + sealedId);
        frontDesk.get("/api/v1/clients/" + sealedId);
        other.get("/api/v1/clients/" + sealedId);

        JsonNode byClient = admin.get("/api/v1/audit?clientId=" + sealedId + "&from=" + before).json().path("entries");
        assertThat(byClient.toString()).contains("tom").contains("fiona").contains("DENIED");
        String tomId = treatingId;
        JsonNode byUser = admin.get("/api/v1/audit?userId=" + tomId + "&from=2020-01-01").json().path("entries");
        for (JsonNode e : byUser) {
            assertThat(e.path("actorId").asText()).isEqualTo(tomId);
        }
        assertThat(byUser.size()).isGreaterThan(0);
        assertThat(admin.get("/api/v1/audit?clientId=" + sealedId + "&to=2000-01-01").json().path("entries").size()).isZero();
    }

    @Test
    void theAuditLogPagesOverAnyRange() {
        JsonNode first = admin.get("/api/v1/audit?limit=2&from=2000-01-01&to=2100-01-01").json();
        assertThat(first.path("entries").size()).isEqualTo(2);
        long cursor = first.path("nextBefore").asLong();
        JsonNode second = admin.get("/api/v1/audit?limit=2&before=" + cursor).json();
        assertThat(second.path("entries").get(0).path("sequence").asLong()).isLessThan(cursor);
        assertThat(admin.get("/api/v1/audit?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/audit?from=last-week").status()).isEqualTo(400);
    }

    @Test
    void onlyAdminsSearchTheAuditLog() {
        assertThat(frontDesk.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(treating.get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void aTherapistOpensEngagementsOnlyForThemselfWithTheirOwnClients() {
        Api.Reply own = treating.post("/api/v1/clients", json("displayName", "Una Unsealed"));
        assertThat(own.status()).isEqualTo(201);
        String ownId = own.text("id");
        assertThat(treating.post("/api/v1/engagements", json("clientId", ownId, "therapistId", treatingId,
                "modality", "cbt")).status()).isEqualTo(201);
        assertThat(other.post("/api/v1/engagements", json("clientId", ownId, "therapistId", treatingId,
                "modality", "cbt")).status()).isEqualTo(404);
        assertThat(treating.post("/api/v1/engagements", json("clientId", ownId, "therapistId", treatingId,
                "modality", "cbt")).status()).isEqualTo(409);
        assertThat(treating.post("/api/v1/engagements", json("clientId", ownId, "therapistId", treatingId,
                "modality", "Not A Modality")).status()).isEqualTo(400);
    }

    @Test
    void withTheTerminationWorkflowInstalledNobodyEndsAnEngagementThePlainWay() {
        String clientId = frontDesk.post("/api/v1/clients", json("displayName", "Carl Closing")).text("id");
        String id = frontDesk.post("/api/v1/engagements", json("clientId", clientId, "therapistId", treatingId,
                "modality", "cbt")).text("id");
        for (Api who : new Api[] {frontDesk, treating, SharedServer.admin()}) {
            Api.Reply refused = who.post("/api/v1/engagements/" + id + "/close", json("reason", "Moved away"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text("detail")).contains("termination workflow");
        }
        assertThat(treating.get("/api/v1/engagements/" + id).json().path("status").asText()).isEqualTo("ACTIVE");
    }
}
