package org.alliance.notify.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.notify.Message;

/**
 * What a valid {@link Message} and email address are. The callers are other modules, so a
 * refusal names the field and the rule, which is what their developers need to see.
 */
public final class MessageChecks {

    public static final int TOPIC_MAX = 100;
    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int LINK_MAX = 500;
    public static final int ADDRESS_MAX = 320;

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** An application path: starts with one slash (never {@code //host}), no spaces or backslashes. */
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private MessageChecks() {
    }

    /** The message, trimmed, with a subject made one line; refuses what the contract does not allow. */
    public static Message valid(Message message) {
        if (message == null) {
            throw new InvalidInputException("message", "is required");
        }
        String topic = required("topic", message.topic(), TOPIC_MAX);
        if (!TOPIC.matcher(topic).matches()) {
            throw new InvalidInputException("topic", "'" + topic
                    + "' is not a topic key; use lower-case letters, digits, dots, dashes and underscores,"
                    + " like scheduling.appointment.cancelled");
        }
        // A subject is also an email header: a line break there would start a new header.
        String subject = LINE_BREAKS.matcher(required("subject", message.subject(), SUBJECT_MAX)).replaceAll(" ");
        String text = required("text", message.text(), TEXT_MAX);
        String link = message.link() == null || message.link().isBlank() ? null : message.link().strip();
        if (link != null && (link.length() > LINK_MAX || !LINK.matcher(link).matches())) {
            throw new InvalidInputException("link", "must be a path in the web app such as /scheduling,"
                    + " at most " + LINK_MAX + " characters");
        }
        return new Message(topic, subject, text, link);
    }

    /**
     * A plain address ({@code jane@example.org}, no display name), checked by Jakarta Mail's
     * strict parser so that what is queued can be sent.
     */
    public static String address(String address) {
        String value = required("address", address, ADDRESS_MAX);
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            if (!value.equals(parsed.getAddress()) || !value.contains("@") || value.endsWith("@")) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            // The address is not repeated: it may be a client's, and callers may log the message.
            throw new InvalidInputException("address", "is not an email address");
        }
        return value;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }
}
