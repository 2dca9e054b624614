package org.alliance.spi.modality;

/**
 * How an approach usually meets.
 *
 * @param sessionMinutes      length of a session, e.g. 50
 * @param daysBetweenSessions usual interval, e.g. 7 for weekly
 * @param courseLength        the usual course in words, e.g. "12 to 20 sessions" or "open-ended"
 */
public record SessionCadence(int sessionMinutes, int daysBetweenSessions, String courseLength) {

    public SessionCadence {
        if (sessionMinutes < 5 || sessionMinutes > 480 || daysBetweenSessions < 1 || daysBetweenSessions > 366) {
            throw new IllegalArgumentException("a cadence of " + sessionMinutes + " minutes every " + daysBetweenSessions
                    + " days is out of range");
        }
        TemplateField.requireText(courseLength, "course length");
    }
}
