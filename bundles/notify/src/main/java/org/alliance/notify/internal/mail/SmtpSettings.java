package org.alliance.notify.internal.mail;

import java.time.Duration;
import java.util.regex.Pattern;
import org.alliance.api.core.InvalidInputException;
import org.alliance.notify.internal.MessageChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail server settings, checked once per configuration change. Like the practice settings,
 * numbers out of range are clamped and logged, not refused; what cannot work (no host, no
 * valid sender) keeps email queued and says why in {@link #problem()}.
 */
public record SmtpSettings(boolean enabled, String host, int port, Security security, String username,
        String password, String fromAddress, String fromName, String appUrl, Duration connectTimeout,
        Duration readTimeout, Duration keep, String problem) {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpSettings.class);
    private static final Pattern APP_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?");

    public static SmtpSettings of(SmtpConfiguration c) {
        String host = trim(c.host());
        String from = trim(c.fromAddress());
        String problem = null;
        if (host.isEmpty()) {
            problem = "no SMTP server is set";
        } else if (from.isEmpty()) {
            problem = "no From address is set";
        } else {
            try {
                MessageChecks.address(from);
            } catch (InvalidInputException e) {
                problem = "the From address '" + from + "' is not an email address";
            }
        }
        String appUrl = trim(c.appUrl()).replaceAll("/+$", "");
        if (!appUrl.isEmpty() && !APP_URL.matcher(appUrl).matches()) {
            LOG.warn("Web app address '{}' is not an http(s) address; emails carry no links until it is corrected", appUrl);
            appUrl = "";
        }
        return new SmtpSettings(c.enabled(), host, clamp("port", c.port(), 1, 65535),
                c.security() == null ? Security.STARTTLS : c.security(), trim(c.username()),
                c.password() == null ? "" : c.password(), from, trim(c.fromName()), appUrl,
                Duration.ofSeconds(clamp("connectTimeoutSeconds", c.connectTimeoutSeconds(), 1, 300)),
                Duration.ofSeconds(clamp("readTimeoutSeconds", c.readTimeoutSeconds(), 1, 300)),
                Duration.ofDays(clamp("keepDays", c.keepDays(), 1, 3650)), problem);
    }

    /** Whether emails go out: enabled, and complete enough to try. */
    public boolean sendable() {
        return enabled && problem == null;
    }

    /** One line for the log. Never the password. */
    public String describe() {
        if (!enabled) {
            return "Email is off: emails wait in the outbox until it is enabled in the web console"
                    + " (Configuration, \"Alliance Email (SMTP)\")";
        }
        if (problem != null) {
            return "Email is on, but " + problem + ": emails wait in the outbox until it is corrected";
        }
        return "Email goes through " + host + ":" + port + " (" + security + (username.isEmpty() ? "" : ", as " + username)
                + ") from " + fromAddress;
    }

    /** Never the password, in case a record is ever logged whole. */
    @Override
    public String toString() {
        return "SmtpSettings[" + describe() + "]";
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static int clamp(String name, int value, int min, int max) {
        int clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) {
            LOG.warn("{}={} is outside {}..{}; using {}", name, value, min, max, clamped);
        }
        return clamped;
    }
}
