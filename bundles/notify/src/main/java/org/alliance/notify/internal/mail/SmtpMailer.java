package org.alliance.notify.internal.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.alliance.notify.internal.OutboxEmail;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends plain-text emails over SMTP with Jakarta Mail (Eclipse Angus).
 *
 * <p><b>The OSGi trap.</b> Jakarta Mail finds its protocol providers and stream encoders, and
 * Jakarta Activation its content handlers, with {@code ServiceLoader} and resource look-ups on
 * the thread's context class loader. In OSGi that is whatever the calling thread happens to
 * carry, which does not see Angus, so {@code getTransport("smtp")} fails with
 * {@code NoSuchProviderException} or writing the body with "no object DCH for MIME type
 * text/plain". Every call into Jakarta Mail therefore runs with Angus Mail's own bundle class
 * loader as the context class loader: it holds the provider files and the mailcap, and its
 * {@code DynamicImport-Package: *} reaches Angus Activation's registries.
 */
public class SmtpMailer {

    /** Angus Mail's bundle class loader (also the plain class path's, outside OSGi). */
    private static final ClassLoader MAIL_LOADER = SMTPTransport.class.getClassLoader();

    /** An open connection to the server, for one pass over the due emails. */
    public interface Delivery extends AutoCloseable {

        /** Sends one email; the connection stays open for the next. */
        void send(OutboxEmail email) throws MessagingException;

        /** Says goodbye to the server; a failure here changes nothing about what was sent. */
        @Override
        void close();
    }

    /**
     * Connects and signs in.
     *
     * @param fromName the sender's display name (the practice's name when the settings leave it empty)
     */
    public Delivery connect(SmtpSettings settings, String fromName) throws MessagingException {
        return withMailLoader(() -> {
            String protocol = settings.security() == Security.TLS ? "smtps" : "smtp";
            Session session = Session.getInstance(properties(settings, protocol));
            Transport transport = session.getTransport(protocol);
            transport.connect(settings.host(), settings.port(),
                    settings.username().isEmpty() ? null : settings.username(),
                    settings.username().isEmpty() ? null : settings.password());
            return new Open(session, transport, settings, fromName);
        });
    }

    static Properties properties(SmtpSettings s, String protocol) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", s.host());
        props.setProperty(p + "port", Integer.toString(s.port()));
        props.setProperty(p + "auth", Boolean.toString(!s.username().isEmpty()));
        props.setProperty(p + "connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(s.readTimeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(s.readTimeout().toMillis()));
        // The certificate must name the host we asked for; Angus checks this only when told to.
        props.setProperty(p + "ssl.checkserveridentity", "true");
        if (s.security() == Security.STARTTLS) {
            // Required, not merely enabled: a server (or a man in the middle) that does not offer
            // STARTTLS must not get the password and the emails in plain text.
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        return props;
    }

    private static final class Open implements Delivery {
        private final Session session;
        private final Transport transport;
        private final SmtpSettings settings;
        private final String fromName;

        Open(Session session, Transport transport, SmtpSettings settings, String fromName) {
            this.session = session;
            this.transport = transport;
            this.settings = settings;
            this.fromName = fromName;
        }

        @Override
        public void send(OutboxEmail email) throws MessagingException {
            withMailLoader(() -> {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(from());
                m.setRecipient(RecipientType.TO, new InternetAddress(email.recipient(), true));
                m.setSubject(email.subject(), StandardCharsets.UTF_8.name());
                m.setText(body(email), StandardCharsets.UTF_8.name());
                m.setSentDate(new Date());
                // RFC 3834: tells autoresponders ("I am away") not to answer a machine.
                m.setHeader("Auto-Submitted", "auto-generated");
                m.saveChanges();
                transport.sendMessage(m, m.getAllRecipients());
                return null;
            });
        }

        private InternetAddress from() throws MessagingException {
            try {
                return new InternetAddress(settings.fromAddress(), fromName, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("UTF-8 is not supported", e);
            }
        }

        private String body(OutboxEmail email) {
            if (email.link() == null || settings.appUrl().isEmpty()) {
                return email.body();
            }
            return email.body() + "\n\n" + settings.appUrl() + email.link();
        }

        @Override
        public void close() {
            try {
                withMailLoader(() -> {
                    transport.close();
                    return null;
                });
            } catch (MessagingException e) {
                // QUIT failed: the emails were already accepted, or recorded as failed.
            }
        }
    }

    @FunctionalInterface
    private interface MailWork<T> {
        T run() throws MessagingException;
    }

    private static <T> T withMailLoader(MailWork<T> work) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MAIL_LOADER);
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
