package org.alliance.notify.internal.mail;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The mail server, edited in the web console (Configuration tab, "Alliance Email (SMTP)"). */
@ObjectClassDefinition(id = SmtpConfiguration.PID, name = "Alliance Email (SMTP)",
        description = "The mail server that Alliance sends notifications through. Until it is enabled, emails are"
                + " kept in the outbox and sent once it is.")
public @interface SmtpConfiguration {

    String PID = "org.alliance.notify.smtp";

    @AttributeDefinition(name = "Send email", description = "Off: emails wait in the outbox. On: they are sent.")
    boolean enabled() default false;

    @AttributeDefinition(name = "SMTP server", description = "Host name of the mail server, e.g. smtp.example.org.")
    String host() default "";

    @AttributeDefinition(name = "Port", description = "587 for STARTTLS, 465 for TLS, 25 for a local relay.")
    int port() default 587;

    @AttributeDefinition(name = "Connection security", options = {
        @Option(value = "STARTTLS", label = "STARTTLS (port 587, required)"),
        @Option(value = "TLS", label = "TLS from the start (port 465)"),
        @Option(value = "NONE", label = "None (only for a relay on this host or a trusted network)")})
    Security security() default Security.STARTTLS;

    @AttributeDefinition(name = "Username", description = "Leave empty if the server needs no sign-in.", required = false)
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "From address", description = "The sender of every email, e.g. office@example.org.")
    String fromAddress() default "";

    @AttributeDefinition(name = "From name", description = "Shown as the sender's name. Empty: the practice's name.",
            required = false)
    String fromName() default "";

    @AttributeDefinition(name = "Web app address", required = false,
            description = "Where staff open Alliance, e.g. https://alliance.example.org. When set, an email that"
                    + " refers to a page ends with a link to it.")
    String appUrl() default "";

    @AttributeDefinition(name = "Connect timeout (seconds)", description = "1 to 300.")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Read timeout (seconds)", description = "How long to wait for each answer of the server. 1 to 300.")
    int readTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Keep sent emails (days)",
            description = "Sent and abandoned emails are deleted from the outbox after this many days. 1 to 3650.")
    int keepDays() default 30;
}
