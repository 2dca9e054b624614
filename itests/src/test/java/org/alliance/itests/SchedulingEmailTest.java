package org.alliance.itests;

import static org.alliance.itests.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prompt communication, end to end: a booking and a cancellation reach the other party by
 * email through a real SMTP exchange with a local test server, and staff email names no client.
 */
@ExtendWith(SharedServer.class)
class SchedulingEmailTest {

    private final Distribution server = SharedServer.server();
    private GreenMail smtp;

    @BeforeEach
    void mailServer() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        int port = smtp.getSmtp().getPort();
        Instant written = Instant.now();
        Files.writeString(server.home().resolve("etc/org.alliance.notify.smtp.cfg"), String.join("\n", "enabled = true",
                "host = 127.0.0.1", "port = " + port, "security = NONE", "fromAddress = office@harbour.example", ""));
        Instant deadline = written.plus(Duration.ofSeconds(30));
        while (!server.log().contains("Email goes through 127.0.0.1:" + port)) {
            assertThat(Instant.now()).as("the SMTP settings are applied within 30 s").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @AfterEach
    void stopMailServer() throws Exception {
        // Email off again for the other tests on this server, before the test SMTP server goes.
        Files.deleteIfExists(server.home().resolve("etc/org.alliance.notify.smtp.cfg"));
        smtp.stop();
    }

    @Test
    void aBookingByTheFrontDeskAndACancellationByTheTherapistReachTheOtherPartyByEmail() throws Exception {
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply therapist = SharedServer.admin().post("/api/v1/users", json("username", username, "password",
                username + "-pw", "displayName", "Dr. Mae Mailer", "email", username + "@harbour.example",
                "roles", Api.list("therapist")));
        assertThat(therapist.status()).as(therapist.toString()).isEqualTo(201);
        Api mae = Api.basic(server, username, username + "-pw");
        String clientId = mae.post("/api/v1/clients", json("displayName", "Rosalind Recipient", "email",
                "rosalind@client.example")).text("id");
        String engagementId = mae.post("/api/v1/engagements", json("clientId", clientId, "therapistId",
                therapist.text("id"), "modality", "cbt")).text("id");

        String start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0)
                .toString();
        Api.Reply booked = SharedServer.admin().post("/api/v1/scheduling/appointments", json("engagementId", engagementId,
                "start", start, "durationMinutes", 50, "kind", "SESSION"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        assertThat(smtp.waitForIncomingEmail(30_000, 2)).as("two emails within 30 s").isTrue();
        MimeMessage toClient = to("rosalind@client.example");
        MimeMessage toTherapist = to(username + "@harbour.example");
        assertThat(toClient.getSubject()).startsWith("Your appointment on");
        assertThat(GreenMailUtil.getBody(toClient)).contains("Rosalind Recipient");
        assertThat(toTherapist.getSubject()).startsWith("Session booked for");
        assertThat(toTherapist.getSubject() + GreenMailUtil.getBody(toTherapist)).doesNotContain("Rosalind")
                .doesNotContain("Recipient");

        String id = booked.json().path("appointment").path("id").asText();
        assertThat(mae.post("/api/v1/scheduling/appointments/" + id + "/cancel",
                json("reason", "Therapist ill", "initiatedBy", "THERAPIST")).status()).isEqualTo(200);
        assertThat(smtp.waitForIncomingEmail(30_000, 3)).as("the cancellation within 30 s").isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::subject).toList())
                .anyMatch(s -> s.contains("cancelled"));
    }

    private MimeMessage to(String address) throws Exception {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(found).as("an email to " + address).isNotEmpty();
        return found.get(0);
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
