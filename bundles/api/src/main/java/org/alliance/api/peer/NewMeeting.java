package org.alliance.api.peer;

import java.time.Instant;

/**
 * A group meeting to hold.
 *
 * @param startsAt required
 * @param minutes  15 to 480
 * @param medium   {@code null} for in person
 */
public record NewMeeting(Instant startsAt, int minutes, Medium medium) {
}
