package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The peer network over HTTP: the opt-in directory, a confidential request for one's own therapist
 * with conflicts of interest excluded, consultation refused for identifiers, referrals, and a walk
 * of every peer endpoint as every role proving a sealed clinician-client never shows.
 */
@ExtendWith(SharedServer.class)
class PeerNetworkTest {

    private static final String API = "/api/v1/peer";
    private final Distribution server = SharedServer.server();

    /** A new account with these roles; returns [username, id]. */
    private String[] user(String displayName, String... roles) {
        String username = "peer-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password", username + "-pw",
                "displayName", displayName, "roles", Api.list(roles)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new String[] {username, r.text("id")};
    }

    private Api as(String[] user) {
        return Api.basic(server, user[0], user[0] + "-pw");
    }

    /** A listed profile: CBT, by video, in English, taking clinician-clients, open to colleagues here. */
    private void listed(String[] user, boolean openToSamePractice) {
        Api.Reply r = as(user).send("PUT", API + "/profiles/me", "application/json", json("modalities", Api.list("cbt"),
                "competencies", Api.list("anxiety"), "acceptsClinicianClients", true, "languages", Api.list("en"),
                "media", Api.list("VIDEO"), "bio", "Twenty years of CBT.", "listed", true,
                "openToSamePractice", openToSamePractice));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static List<String> matchIds(Api.Reply request) {
        List<String> ids = new ArrayList<>();
        request.json().path("matches").forEach(m -> ids.add(m.path("practitionerId").asText()));
        return ids;
    }

    private boolean supervisionInstalled() {
        return SharedServer.admin().get("/api/v1/supervision/rule-sets").status() == 200;
    }

    @Test
    void onlyOptedInPractitionersAreListed() {
        String[] listedOne = user("Dr. Lena Listed", "therapist");
        String[] hidden = user("Dr. Hugo Hidden", "therapist");
        listed(listedOne, true);
        as(hidden).send("PUT", API + "/profiles/me", "application/json", json("modalities", Api.list("cbt"), "listed", false));
        Api.Reply directory = as(hidden).get(API + "/directory?modality=cbt&medium=VIDEO&language=en");
        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        assertThat(directory.raw().body()).contains(listedOne[1]).doesNotContain(hidden[1]);
        assertThat(as(hidden).get(API + "/directory?medium=BY_PIGEON").status()).isEqualTo(400);
        // A private field stays private: the directory never carries who is close to whom.
        assertThat(directory.raw().body()).doesNotContain("closePersons");
    }

    @Test
    void aTherapistRequestExcludesConflictsAndRevealsTheAskerOnlyOnAcceptance() {
        String[] asker = user("Dr. Ada Asker", "therapist");
        String[] anna = user("Dr. Anna Able", "therapist");
        String[] bert = user("Dr. Bert Busy", "therapist");
        String[] sam = user("Dr. Sam Supervisor", "therapist", "supervisor");
        String[] closedDoor = user("Dr. Cleo Closed", "therapist");
        String[] boss = user("Dr. Ana Admin", "therapist", "admin");
        listed(asker, true);
        listed(anna, true);
        listed(bert, true);
        listed(sam, true);
        listed(closedDoor, false);
        listed(boss, true);
        boolean supervision = supervisionInstalled();
        if (supervision) {
            Api.Reply rel = SharedServer.admin().post("/api/v1/supervision/relationships", json("supervisorId", sam[1],
                    "superviseeId", asker[1], "cosignMode", "VIEW", "ruleSet", "ca-lmft",
                    "start", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(), "consentRecorded", true));
            assertThat(rel.status()).as(rel.toString()).isEqualTo(201);
        }

        Api.Reply request = as(asker).post(API + "/therapist-requests", json("modality", "cbt", "medium", "VIDEO", "language", "en"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        List<String> matches = matchIds(request);
        assertThat(matches).contains(anna[1], bert[1]).doesNotContain(asker[1], closedDoor[1], boss[1]);
        if (supervision) {
            assertThat(matches).doesNotContain(sam[1]);
        }
        // Exclusions are never explained.
        assertThat(request.raw().body()).doesNotContain("exclu", "supervis", "admin");
        String requestId = request.text("id");

        // Ask Bert, who declines: Ada learns only that.
        assertThat(as(asker).post(API + "/therapist-requests/" + requestId + "/ask", json("practitionerId", closedDoor[1]))
                .status()).isEqualTo(400);
        Api.Reply asked = as(asker).post(API + "/therapist-requests/" + requestId + "/ask", json("practitionerId", bert[1]));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.text("status")).isEqualTo("ASKED");
        assertThat(as(asker).post(API + "/therapist-requests/" + requestId + "/ask", json("practitionerId", anna[1])).status())
                .as("one practitioner at a time").isEqualTo(409);
        Api.Reply bertSees = as(bert).get(API + "/therapist-requests/incoming");
        assertThat(bertSees.raw().body()).contains(requestId, "cbt", "VIDEO").doesNotContain(asker[1], "Ada");
        Api.Reply declined = as(bert).post(API + "/therapist-requests/" + requestId + "/decline", "");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.raw().body()).doesNotContain(asker[1], "Ada");
        Api.Reply afterDecline = as(asker).get(API + "/therapist-requests");
        JsonNode mine = afterDecline.json().get(0);
        assertThat(mine.path("status").asText()).isEqualTo("DECLINED");
        assertThat(matchIds(new Api.Reply(200, afterDecline.raw(), mine))).doesNotContain(bert[1]).contains(anna[1]);

        // Ask Anna, who accepts: now she learns who asked, and treats Ada as a sealed clinician-client.
        as(asker).post(API + "/therapist-requests/" + requestId + "/ask", json("practitionerId", anna[1]));
        assertThat(as(anna).get(API + "/therapist-requests/incoming").raw().body()).doesNotContain(asker[1]);
        Api.Reply accepted = as(anna).post(API + "/therapist-requests/" + requestId + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("askerId")).isEqualTo(asker[1]);
        assertThat(accepted.text("askerName")).isEqualTo("Dr. Ada Asker");
        String engagementId = accepted.text("engagementId");
        Api.Reply engagement = as(anna).get("/api/v1/engagements/" + engagementId);
        assertThat(engagement.status()).as(engagement.toString()).isEqualTo(200);
        Api.Reply client = as(anna).get("/api/v1/clients/" + engagement.text("clientId"));
        assertThat(client.json().path("clinicianClient").asBoolean()).isTrue();
        assertThat(client.text("practitionerId")).isEqualTo(asker[1]);
        // The front desk sees a pseudonym, never who is in therapy.
        String[] desk = user("Fran Desk", "frontdesk");
        assertThat(as(desk).get("/api/v1/clients/" + engagement.text("clientId")).raw().body()).doesNotContain("Ada");
        assertThat(as(bert).get(API + "/therapist-requests/incoming").raw().body()).doesNotContain(asker[1], "Ada");
    }

    @Test
    void aConsultationWithIdentifiersIsRefusedAndSentOnceTheyAreRemoved() {
        String[] tess = user("Dr. Tess Consult", "therapist");
        String[] peer = user("Dr. Pia Peer", "therapist");
        String clientId = as(tess).post("/api/v1/clients", json("displayName", "Rosalind Quarry", "email", "ros@example.org"))
                .text("id");
        as(tess).post("/api/v1/engagements", json("clientId", clientId, "therapistId", tess[1], "modality", "cbt"));

        Api.Reply named = as(tess).post(API + "/consultations", json("clientId", clientId, "question", "How to pace exposure?",
                "caseSummary", "Rosalind, 40s, panic; write to her at someone@example.com", "peerIds", Api.list(peer[1])));
        assertThat(named.status()).as(named.toString()).isEqualTo(422);
        assertThat(named.raw().body()).contains("the client's name", "an email address")
                .doesNotContain("Rosalind", "someone@example.com");

        Api.Reply sent = as(tess).post(API + "/consultations", json("clientId", clientId, "question", "How to pace exposure?",
                "caseSummary", "Woman in her 40s, panic attacks; PHQ-9 score 14, session 6 of 12.", "peerIds", Api.list(peer[1])));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String id = sent.text("id");
        Api.Reply peerReads = as(peer).get(API + "/consultations/" + id);
        assertThat(peerReads.status()).isEqualTo(200);
        assertThat(peerReads.raw().body()).doesNotContain(clientId, "Rosalind");
        Api.Reply reply = as(peer).post(API + "/consultations/" + id + "/replies", json("text", "Go slower; grade the hierarchy."));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(as(tess).get(API + "/consultations/" + id).json().path("replies")).hasSize(1);
        String[] stranger = user("Dr. Sid Stranger", "therapist");
        assertThat(as(stranger).get(API + "/consultations/" + id).status()).isEqualTo(404);

        // With the client's consent recorded, identifiers may be shared (flagged in the audit log).
        assertThat(as(tess).post(API + "/consultations", json("clientId", clientId, "question", "Rosalind asked me to consult",
                "peerIds", Api.list(peer[1]), "clientConsent", true)).status()).isEqualTo(201);
    }

    @Test
    void aReferralNeedsConsentAndAcceptingOpensTheEngagement() {
        String[] from = user("Dr. Rafe Referrer", "therapist");
        String[] to = user("Dr. Tova Taker", "therapist");
        String clientId = as(from).post("/api/v1/clients", json("displayName", "Otto Moving")).text("id");
        as(from).post("/api/v1/engagements", json("clientId", clientId, "therapistId", from[1], "modality", "cbt"));

        assertThat(as(from).post(API + "/referrals", json("clientId", clientId, "toPractitionerId", to[1],
                "reason", "needs EMDR")).status()).isEqualTo(422);
        Api.Reply referral = as(from).post(API + "/referrals", json("clientId", clientId, "toPractitionerId", to[1],
                "reason", "needs EMDR", "clientConsent", true));
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        String id = referral.text("id");
        Api.Reply incoming = as(to).get(API + "/referrals");
        assertThat(incoming.raw().body()).contains(id).doesNotContain("Otto");

        Api.Reply accepted = as(to).post(API + "/referrals/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("clientName")).isEqualTo("Otto Moving");
        Api.Reply engagement = as(to).get("/api/v1/engagements/" + accepted.text("engagementId"));
        assertThat(engagement.status()).as(engagement.toString()).isEqualTo(200);
        assertThat(engagement.text("therapistId")).isEqualTo(to[1]);
        assertThat(as(to).post(API + "/referrals/" + id + "/decline", "").status()).isEqualTo(409);
    }

    @Test
    void aSealedClinicianClientNeverAppearsInAnyPeerAnswer() {
        String[] therapist = user("Dr. Theo Treats", "therapist", "supervisor");
        String[] colleague = user("Dr. Cora Colleague", "therapist");
        String[] desk = user("Fran Frontdesk", "frontdesk");
        String[] supervisor = user("Dr. Sue Supervisor", "supervisor");
        String[] intern = user("Ivan Intern", "intern");
        String sealedName = "Quillon Sealwhistle";
        String sealedId = as(therapist).post("/api/v1/clients", json("displayName", sealedName, "dateOfBirth", "1979-02-03",
                "email", "quillon@example.org", "clinicianClient", true)).text("id");
        assertThat(as(therapist).post("/api/v1/engagements", json("clientId", sealedId, "therapistId", therapist[1],
                "modality", "cbt")).status()).isEqualTo(201);
        listed(therapist, true);
        listed(colleague, true);
        String groupId = as(therapist).post(API + "/groups", json("name", "Thursday peers", "memberIds", Api.list(colleague[1])))
                .text("id");

        List<Api> everyone = List.of(SharedServer.admin(), as(desk), as(therapist), as(supervisor), as(intern), as(colleague));
        String future = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
        for (Api api : everyone) {
            List<Api.Reply> replies = new ArrayList<>();
            replies.add(api.get(API + "/profiles/me"));
            replies.add(api.send("PUT", API + "/profiles/me", "application/json", json("modalities", Api.list("cbt"),
                    "acceptsClinicianClients", true, "media", Api.list("VIDEO"), "listed", true, "openToSamePractice", true)));
            replies.add(api.get(API + "/directory"));
            Api.Reply request = api.post(API + "/therapist-requests", json("modality", "cbt", "medium", "VIDEO"));
            replies.add(request);
            replies.add(api.get(API + "/therapist-requests"));
            replies.add(api.get(API + "/therapist-requests/incoming"));
            String requestId = request.text("id") == null ? UUID.randomUUID().toString() : request.text("id");
            replies.add(api.post(API + "/therapist-requests/" + requestId + "/ask", json("practitionerId", therapist[1])));
            replies.add(api.post(API + "/therapist-requests/" + requestId + "/accept", ""));
            replies.add(api.post(API + "/therapist-requests/" + requestId + "/decline", ""));
            replies.add(api.post(API + "/consultations", json("clientId", sealedId, "question", "Pacing?",
                    "caseSummary", "40s, panic", "peerIds", Api.list(colleague[1]))));
            replies.add(api.post(API + "/consultations", json("clientId", sealedId, "question", "Pacing?",
                    "groupId", groupId, "clientConsent", true)));
            replies.add(api.get(API + "/consultations"));
            replies.add(api.get(API + "/consultations/" + UUID.randomUUID()));
            replies.add(api.post(API + "/consultations/" + UUID.randomUUID() + "/replies", json("text", "ok")));
            replies.add(api.post(API + "/referrals", json("clientId", sealedId, "toPractitionerId", colleague[1],
                    "reason", "fit", "clientConsent", true)));
            replies.add(api.get(API + "/referrals"));
            replies.add(api.post(API + "/referrals/" + UUID.randomUUID() + "/accept", ""));
            replies.add(api.post(API + "/referrals/" + UUID.randomUUID() + "/decline", ""));
            replies.add(api.get(API + "/groups"));
            replies.add(api.get(API + "/groups/" + groupId));
            replies.add(api.post(API + "/groups", json("name", "Walk group")));
            replies.add(api.post(API + "/groups/" + groupId + "/members", json("practitionerId", intern[1])));
            Api.Reply meeting = api.post(API + "/groups/" + groupId + "/meetings", json("startsAt", future, "minutes", 60));
            replies.add(meeting);
            String meetingId = meeting.text("id") == null ? UUID.randomUUID().toString() : meeting.text("id");
            replies.add(api.post(API + "/groups/" + groupId + "/meetings/" + meetingId + "/attendance",
                    json("practitionerId", colleague[1], "attended", true, "ceHours", 1.5)));
            for (Api.Reply reply : replies) {
                assertThat(reply.status()).as(reply.toString()).isLessThan(500);
                assertThat(reply.raw().body()).as(reply.raw().uri().toString())
                        .doesNotContain(sealedName, "Quillon", "Sealwhistle", sealedId, "quillon@example.org", "1979-02-03");
            }
        }
        // The treating therapist is told why, in words that name no one.
        Api.Reply refused = as(therapist).post(API + "/consultations", json("clientId", sealedId, "question", "Pacing?",
                "peerIds", Api.list(colleague[1])));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("a clinician-client's case is not shared through the peer network");
    }
}
