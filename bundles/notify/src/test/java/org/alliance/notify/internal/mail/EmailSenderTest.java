package org.alliance.notify.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.alliance.notify.internal.MutableClock;
import org.alliance.notify.internal.NotifyDatabase;
import org.alliance.notify.internal.NotifyFixture;
import org.alliance.notify.internal.Outbox;
import org.alliance.notify.internal.OutboxEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery of the outbox to a real SMTP server: GreenMail, listening on a free loopback port.
 * Most tests run the sender's passes themselves ({@code deliverDue}) on a clock they move; one
 * runs the sender's own thread to show that queueing wakes it at once.
 */
class EmailSenderTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final String CLIENT = "jane.client@example.org";

    private final NotifyDatabase db = new NotifyDatabase();
    private final MutableClock clock = new MutableClock(START);
    private final Outbox outbox = new Outbox(db.dataSource);
    private GreenMail smtp;
    private EmailSender sender;
    private Notifier notifier;

    @AfterEach
    void stopEverything() {
        if (sender != null) {
            sender.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        db.close();
    }

    @Test
    void anEmailIsSentToTheRecipientAndReceivedByTheServer() throws Exception {
        startServer(freePort(), null);
        useSender(TestSmtp.local(smtpPort()).settings());
        notifier.emailAddress(CLIENT, reminder(null));

        sender.deliverDue();

        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Your appointment tomorrow");
        assertThat(received.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly(CLIENT);
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("office@riverside.example");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Riverside Therapy");
        assertThat(body(received).strip()).isEqualTo("See you tomorrow at 10:00 – Riverside Therapy.");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(onlyRow()).satisfies(e -> {
            assertThat(e.sentAt()).isEqualTo(START);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.nextAttemptAt()).isNull();
        });
    }

    @Test
    void theConfiguredFromNameAndTheWebAppLinkAreUsed() throws Exception {
        startServer(freePort(), null);
        useSender(TestSmtp.local(smtpPort()).with("fromName", "Front desk").with("appUrl", "https://alliance.example/")
                .settings());
        notifier.emailAddress(CLIENT, reminder("/scheduling/2026-11-24"));

        sender.deliverDue();

        MimeMessage received = onlyReceived();
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Front desk");
        assertThat(body(received).replace("\r\n", "\n"))
                .endsWith("Riverside Therapy.\n\nhttps://alliance.example/scheduling/2026-11-24");
    }

    @Test
    void aServerThatSignsUsInGetsTheEmailAndOneThatRefusesTheSignInGetsItLater() throws Exception {
        startServer(freePort(), GreenMailConfiguration.aConfig().withUser("alliance", "right-password"));
        useSender(TestSmtp.local(smtpPort()).with("username", "alliance").with("password", "wrong-password").settings());
        notifier.emailAddress(CLIENT, reminder(null));

        sender.deliverDue();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(onlyRow().lastError()).contains("AuthenticationFailedException");

        sender.modified(TestSmtp.local(smtpPort()).with("username", "alliance").with("password", "right-password").config());
        clock.advance(Duration.ofMinutes(1));
        sender.deliverDue();

        assertThat(onlyReceived().getSubject()).isEqualTo("Your appointment tomorrow");
        assertThat(onlyRow().attempts()).isEqualTo(2);
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainAfterAMinuteAndThenGetsTheEmail() throws Exception {
        int port = freePort(); // nothing listens there yet
        useSender(TestSmtp.local(port).settings());
        notifier.emailAddress(CLIENT, reminder(null));

        Instant next = sender.deliverDue();

        OutboxEmail failed = onlyRow();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1))).isEqualTo(next);
        assertThat(failed.lastError()).contains("Connection refused");

        startServer(port, null);
        clock.advance(Duration.ofSeconds(59));
        sender.deliverDue();
        assertThat(smtp.getReceivedMessages()).as("not due yet").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.deliverDue()).isNull();
        assertThat(onlyReceived().getSubject()).isEqualTo("Your appointment tomorrow");
        assertThat(onlyRow().sentAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void anEmailIsGivenUpAfter24HoursAndKeptWithItsLastError() {
        useSender(TestSmtp.local(freePort()).settings());
        notifier.emailAddress(CLIENT, reminder(null));

        int passes = 0;
        for (Instant next = sender.deliverDue(); next != null; next = sender.deliverDue()) {
            clock.set(next);
            passes++;
        }

        OutboxEmail gaveUp = onlyRow();
        assertThat(passes + 1).isEqualTo(15).isEqualTo(gaveUp.attempts());
        assertThat(gaveUp.gaveUpAt()).isEqualTo(clock.instant()).isBefore(START.plus(Duration.ofHours(24)));
        assertThat(gaveUp.nextAttemptAt()).isNull();
        assertThat(gaveUp.sentAt()).isNull();
        assertThat(gaveUp.lastError()).contains("Connection refused");
    }

    @Test
    void whileEmailIsOffEmailsWaitAndGoOutOnceItIsSwitchedOn() throws Exception {
        startServer(freePort(), null);
        useSender(TestSmtp.local(smtpPort()).with("enabled", false).settings());
        notifier.emailAddress(CLIENT, reminder(null));

        assertThat(sender.deliverDue()).isNull();
        clock.advance(Duration.ofDays(2));
        sender.deliverDue();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(onlyRow().attempts()).isZero();

        sender.modified(TestSmtp.local(smtpPort()).config());
        sender.deliverDue();
        assertThat(onlyReceived().getSubject()).isEqualTo("Your appointment tomorrow");
    }

    @Test
    void anEnabledButIncompleteConfigurationKeepsEmailsWaiting() {
        useSender(TestSmtp.local(freePort()).with("fromAddress", "").settings());
        notifier.emailAddress(CLIENT, reminder(null));

        assertThat(sender.deliverDue()).isNull();
        assertThat(onlyRow().attempts()).isZero();
    }

    @Test
    void queueingWakesTheSendersThreadAtOnce() throws Exception {
        startServer(freePort(), null);
        useSender(TestSmtp.local(smtpPort()).settings());
        sender.start();
        Thread.sleep(300); // the thread's first pass found nothing and now sleeps for a minute

        long queued = System.nanoTime();
        notifier.emailAddress(CLIENT, reminder(null));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - queued)).isLessThan(EmailSender.IDLE.dividedBy(6));
    }

    @Test
    void sentEmailsAreDeletedAfterTheConfiguredDays() throws Exception {
        startServer(freePort(), null);
        useSender(TestSmtp.local(smtpPort()).with("keepDays", 7).settings());
        notifier.emailAddress(CLIENT, reminder(null));
        sender.deliverDue();

        clock.advance(Duration.ofDays(7).plusHours(1));
        sender.deliverDue();

        assertThat(db.count("EMAIL_OUTBOX")).isZero();
    }

    @Test
    void failuresAreDescribedOnOneLineAndLoggedWithoutAddresses() {
        Exception e = new jakarta.mail.MessagingException("Invalid Addresses",
                new jakarta.mail.SendFailedException("550 5.1.1 <jane.client@example.org>: Recipient rejected"));

        String described = EmailSender.describe(e);

        assertThat(described).isEqualTo("MessagingException: Invalid Addresses; SendFailedException: 550 5.1.1"
                + " <jane.client@example.org>: Recipient rejected");
        assertThat(EmailSender.redacted(described)).doesNotContain("jane").contains("<<address>>");
    }

    // ---- helpers ----

    private void useSender(SmtpSettings settings) {
        OutboxSignal signal = new OutboxSignal();
        sender = new EmailSender(outbox, new SmtpMailer(), () -> "Riverside Therapy", signal, clock, settings);
        notifier = NotifyFixture.notifier(db.dataSource, mock(UserService.class), signal::wake, clock);
    }

    private void startServer(int port, GreenMailConfiguration config) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (config != null) {
            smtp.withConfiguration(config);
        }
        smtp.start();
    }

    private int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    private MimeMessage onlyReceived() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private OutboxEmail onlyRow() {
        assertThat(db.count("EMAIL_OUTBOX")).isEqualTo(1);
        return outbox.find(db.onlyOutboxId()).orElseThrow();
    }

    /**
     * The text as sent, decoded from its transfer encoding. Not {@code getContent()}: that needs
     * Jakarta Activation's handler registry (Angus Activation), which the server, and so this
     * test, does without.
     */
    private static String body(MimeMessage received) throws Exception {
        return new String(received.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Message reminder(String link) {
        return new Message("scheduling.appointment.reminder", "Your appointment tomorrow",
                "See you tomorrow at 10:00 – Riverside Therapy.", link);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
