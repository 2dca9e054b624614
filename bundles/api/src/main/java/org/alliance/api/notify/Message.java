package org.alliance.api.notify;

/**
 * What a notification says.
 *
 * @param topic   a stable key of what happened ({@code scheduling.appointment.cancelled}), for filtering
 * @param subject one line, also the email subject
 * @param text    plain text, also the email body
 * @param link    an application path to open ({@code /scheduling/appointments/...}), or null
 */
public record Message(String topic, String subject, String text, String link) {
}
