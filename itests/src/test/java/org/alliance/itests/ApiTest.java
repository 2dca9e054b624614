package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, sessions, accounts and the API's handling of bad input, over HTTP as clients would. */
@ExtendWith(SharedServer.class)
class ApiTest {

    private final Distribution server = SharedServer.server();

    private String createUser(String username, String... roles) {
        Api.Reply r = SharedServer.admin().post("/api/v1/users", json("username", username, "password",
                username + "-password-1", "displayName", "User " + username, "roles", Api.list(roles)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    @Test
    void healthIsUpWithoutSigningIn() {
        Api.Reply health = Api.anonymous(server).get("/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void everythingElseRequiresSigningIn() {
        Api.Reply r = Api.anonymous(server).get("/api/v1/clients");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Api.basic(server, "admin", "wrong-password").get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void signInGivesAnHttpOnlySameSiteCookieAndACsrfToken() {
        Api.Reply login = Api.anonymous(server).post("/api/v1/auth/login",
                json("username", "admin", "password", Distribution.ADMIN_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Set-Cookie")).contains("ALLIANCE_SESSION=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(login.text("csrfToken")).hasSizeGreaterThan(20);
        assertThat(login.json().path("idleTimeoutSeconds").asInt()).isEqualTo(15 * 60);
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aSessionChangeWithoutTheCsrfTokenIsRefused() {
        createUser("csrf-victim", "frontdesk");
        Api session = Api.session(server, "csrf-victim", "csrf-victim-password-1");
        Api.Reply forged = session.withoutCsrf().post("/api/v1/clients", json("displayName", "Forged Client"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text("detail")).contains("X-CSRF-Token");
        assertThat(session.post("/api/v1/clients", json("displayName", "Real Client")).status()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSession() {
        createUser("leaving", "frontdesk");
        Api session = Api.session(server, "leaving", "leaving-password-1");
        assertThat(session.get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(session.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(session.get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void adminsManageAccountsAndOthersCannot() {
        String id = createUser("ursula", "therapist", "supervisor");
        Api admin = SharedServer.admin();
        Api.Reply user = admin.get("/api/v1/users/" + id);
        assertThat(user.json().path("roles").toString()).contains("therapist", "supervisor");
        assertThat(user.raw().body()).doesNotContain("password");

        Api ursula = Api.basic(server, "ursula", "ursula-password-1");
        assertThat(ursula.post("/api/v1/users", json("username", "sneaky", "password", "sneaky-password-1",
                "displayName", "Sneaky", "roles", Api.list("admin"))).status()).isEqualTo(403);
        assertThat(ursula.patch("/api/v1/users/" + id, json("roles", Api.list("admin"))).status()).isEqualTo(403);
        Api.Reply renamed = ursula.patch("/api/v1/users/" + id, json("displayName", "Dr. Ursula"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("displayName")).isEqualTo("Dr. Ursula");
        assertThat(ursula.get("/api/v1/users").json().size()).isEqualTo(1);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        createUser("twin", "intern");
        Api.Reply again = SharedServer.admin().post("/api/v1/users", json("username", "TWIN", "password",
                "another-password-1", "displayName", "Other Twin", "roles", Api.list("intern")));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void unknownIdsAreNotFound() {
        Api admin = SharedServer.admin();
        assertThat(admin.get("/api/v1/users/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/clients/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/engagements/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/users/not-a-uuid").status()).isEqualTo(404);
        Api.Reply path = admin.get("/api/v1/no-such-thing");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        Api.Reply r = SharedServer.admin().post("/api/v1/clients", "{\"displayName\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("detail")).contains("not valid JSON");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Api.Reply r = SharedServer.admin().post("/api/v1/clients", json("displayName", "X", "favouriteColour", "blue"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("field")).isEqualTo("favouriteColour");
        assertThat(r.text("detail")).contains("accepted fields are");
    }

    @Test
    void wrongTypesAreRefusedByName() {
        Api.Reply r = SharedServer.admin().post("/api/v1/clients", "{\"displayName\":\"X\",\"dateOfBirth\":\"yesterday\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("detail")).contains("dateOfBirth");
        Api.Reply roles = SharedServer.admin().post("/api/v1/users", "{\"username\":\"x1\",\"roles\":\"admin\"}");
        assertThat(roles.status()).isEqualTo(400);
    }

    @Test
    void missingRequiredFieldsAreRefused() {
        Api.Reply r = SharedServer.admin().post("/api/v1/clients", "{}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("field")).isEqualTo("displayName");
        assertThat(SharedServer.admin().post("/api/v1/clients", "").status()).isEqualTo(400);
    }

    @Test
    void oversizeBodiesAreRefused() {
        String huge = json("displayName", "x".repeat(1_100_000));
        assertThat(SharedServer.admin().post("/api/v1/clients", huge).status()).isEqualTo(413);
    }

    @Test
    void nonJsonBodiesAreUnsupported() {
        Api.Reply r = SharedServer.admin().send("POST", "/api/v1/clients", "text/plain", "displayName=X");
        assertThat(r.status()).isEqualTo(415);
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        for (Api.Reply r : new Api.Reply[] {
                SharedServer.admin().post("/api/v1/clients", "[1,2"),
                SharedServer.admin().send("PUT", "/api/v1/health", "application/json", "{}"),
                SharedServer.admin().post("/api/v1/engagements", json("clientId", "nope"))}) {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void modulesListCoreAsReady() {
        Api.Reply modules = SharedServer.admin().get("/api/v1/modules");
        assertThat(modules.status()).isEqualTo(200);
        assertThat(modules.raw().body()).contains("\"id\":\"core\"").contains("\"ready\":true");
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        createUser("target", "frontdesk");
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = Api.basic(server, "target", "guess-" + i).get("/api/v1/users/me").status();
        }
        assertThat(last).isEqualTo(429);
    }
}
