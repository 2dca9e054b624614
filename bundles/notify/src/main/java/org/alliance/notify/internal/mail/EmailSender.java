package org.alliance.notify.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.notify.internal.Outbox;
import org.alliance.notify.internal.OutboxEmail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the email outbox: one thread that sends every due email over one SMTP connection per
 * pass, records each attempt, and sleeps until the next email is due or something is queued
 * ({@link OutboxSignal}). A failed email is tried again on the {@link RetryPolicy} schedule.
 *
 * <p>The SMTP configuration is applied in place ({@link Modified}), so the thread is not
 * restarted when an admin edits the form. The component registers no service (see
 * {@link OutboxSignal}), so nothing that depends on it is restarted either.
 *
 * <p>Logs never carry an email's text or recipient (either may concern a client): a failure is
 * logged once when an email first fails and once when it is given up, by the email's id, with
 * any address in the server's answer replaced.
 */
@Component(service = {}, configurationPid = SmtpConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SmtpConfiguration.class)
public class EmailSender {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSender.class);
    /** How many due emails one query takes; a pass goes on until none is due. */
    static final int BATCH = 50;
    /** The longest sleep: the outbox is looked at again at least this often, whatever happens. */
    static final Duration IDLE = Duration.ofMinutes(1);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"'@]+");

    private final Outbox outbox;
    private final SmtpMailer mailer;
    private final Supplier<String> practiceName;
    private final Clock clock;
    private final OutboxSignal signal;
    private final Thread thread;
    private volatile SmtpSettings settings;
    private volatile boolean running = true;
    private Instant lastPurge;
    private boolean storageFailureLogged;

    /** The schema reference is unused in the body: it keeps the sender down until {@code NOTIFY} is migrated. */
    @Activate
    public EmailSender(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=NOTIFY)") ModuleSchema schema, @Reference Practice practice,
            @Reference OutboxSignal signal, SmtpConfiguration config) {
        this(new Outbox(dataSource), new SmtpMailer(), practice::name, signal, Clock.systemUTC(), SmtpSettings.of(config));
        start();
    }

    /** For tests: no thread until {@link #start()}, so a test can run {@link #deliverDue()} itself. */
    EmailSender(Outbox outbox, SmtpMailer mailer, Supplier<String> practiceName, OutboxSignal signal, Clock clock,
            SmtpSettings settings) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.practiceName = practiceName;
        this.signal = signal;
        this.clock = clock;
        this.settings = settings;
        this.thread = new Thread(this::run, "alliance-notify-email");
        thread.setDaemon(true);
    }

    void start() {
        LOG.info("{}", settings.describe());
        thread.start();
    }

    @Modified
    void modified(SmtpConfiguration config) {
        settings = SmtpSettings.of(config);
        LOG.info("{}", settings.describe());
        signal.wake();
    }

    /** Stops the thread; an email being sent is finished first (bounded by the server timeouts). */
    @Deactivate
    void stop() {
        running = false;
        signal.wake();
        try {
            thread.join(STOP_WAIT.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(STOP_WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            Instant next;
            try {
                next = deliverDue();
                storageFailureLogged = false;
            } catch (RuntimeException e) {
                if (!storageFailureLogged) {
                    LOG.error("The email outbox could not be read or updated; trying again every minute", e);
                    storageFailureLogged = true;
                }
                next = null;
            }
            Duration pause = next == null ? IDLE : Duration.between(clock.instant(), next);
            try {
                signal.await(pause.compareTo(IDLE) > 0 ? IDLE : pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One pass: sends every email that is due, if email is configured, and removes old done ones.
     *
     * @return when the next waiting email is due, or {@code null} when none waits or email is off
     */
    Instant deliverDue() {
        SmtpSettings s = settings;
        purgeOccasionally(s);
        if (!s.sendable()) {
            return null;
        }
        List<OutboxEmail> due = outbox.due(now(), BATCH);
        while (!due.isEmpty() && running && s == settings) {
            deliver(s, due);
            due = outbox.due(now(), BATCH);
        }
        return outbox.nextAttempt().orElse(null);
    }

    private void deliver(SmtpSettings s, List<OutboxEmail> batch) {
        SmtpMailer.Delivery smtp;
        try {
            smtp = mailer.connect(s, s.fromName().isEmpty() ? practiceName.get() : s.fromName());
        } catch (MessagingException | RuntimeException e) {
            // The server cannot be reached or refused us: every email of the pass counts an attempt.
            batch.forEach(email -> failed(email, e));
            return;
        }
        try (smtp) {
            for (OutboxEmail email : batch) {
                if (!running) {
                    return;
                }
                try {
                    smtp.send(email);
                } catch (MessagingException | RuntimeException e) {
                    failed(email, e);
                    continue;
                }
                // Outside the try: if recording fails, the email must not also be counted as failed.
                outbox.sent(email.id(), now());
            }
        }
    }

    private void failed(OutboxEmail email, Exception e) {
        int attempts = email.attempts() + 1;
        Instant now = now();
        String error = describe(e);
        // A recipient the mail library cannot even parse will not improve with time.
        Optional<Duration> pause = e instanceof AddressException ? Optional.empty() : RetryPolicy.pauseAfter(attempts);
        outbox.failed(email.id(), now, pause.map(now::plus).orElse(null), error);
        if (pause.isEmpty()) {
            LOG.warn("Gave up on email {} after {} attempt(s); it stays in the outbox with the last error: {}",
                    email.id(), attempts, redacted(error));
        } else if (attempts == 1) {
            LOG.warn("Email {} could not be sent; it is tried again in {} min, then less often for up to 24 hours: {}",
                    email.id(), pause.get().toMinutes(), redacted(error));
        } else {
            LOG.debug("Email {} failed again (attempt {}): {}", email.id(), attempts, redacted(error));
        }
    }

    private void purgeOccasionally(SmtpSettings s) {
        Instant now = now();
        if (lastPurge == null || !now.isBefore(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            int purged = outbox.purgeDone(now.minus(s.keep()));
            if (purged > 0) {
                LOG.info("Removed {} sent or abandoned emails older than {} days from the outbox", purged, s.keep().toDays());
            }
        }
    }

    /** The exception and its causes on one line, e.g. "MailConnectException: Couldn't connect...: Connection refused". */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
            if (out.indexOf(message) >= 0 && !message.isEmpty()) {
                continue; // Jakarta Mail repeats the nested exception in the outer message
            }
            out.append(out.length() == 0 ? "" : "; ").append(t.getClass().getSimpleName());
            if (!message.isEmpty()) {
                out.append(": ").append(message);
            }
        }
        return out.toString();
    }

    /** The text with every email address replaced, for the log. */
    static String redacted(String text) {
        return ADDRESS.matcher(text).replaceAll("<address>");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
