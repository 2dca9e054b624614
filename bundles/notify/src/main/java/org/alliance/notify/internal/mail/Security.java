package org.alliance.notify.internal.mail;

/** How the connection to the SMTP server is protected. */
public enum Security {
    /** Plain text: only for a relay on the same host or a trusted network. */
    NONE,
    /** Connect in plain text, then upgrade with STARTTLS (port 587); refuses a server that cannot upgrade. */
    STARTTLS,
    /** TLS from the first byte ("SMTPS", port 465). */
    TLS
}
