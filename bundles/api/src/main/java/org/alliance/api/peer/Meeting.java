package org.alliance.api.peer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A consultation group meeting.
 *
 * @param appointmentId the calendar entry when scheduling was installed at booking, else {@code null}
 */
public record Meeting(UUID id, UUID groupId, Instant startsAt, int minutes, Medium medium, UUID appointmentId,
        List<Attendance> attendance) {

    public Meeting {
        attendance = List.copyOf(attendance);
    }
}
