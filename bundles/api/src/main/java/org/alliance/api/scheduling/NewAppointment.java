package org.alliance.api.scheduling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A booking request.
 *
 * @param engagementId   the engagement, for the kinds {@link AppointmentKind#withClient()}; null for meetings
 * @param start          the first (or only) start, with its offset
 * @param durationMinutes 5 to 480
 * @param kind           what it is for
 * @param location       in person or video; null means in person
 * @param roomId         the room for an in-person appointment, or null
 * @param recurrence     an RFC 5545 RRULE value ({@code FREQ=WEEKLY;COUNT=10}), or null for a single appointment
 * @param organizerId    for meetings: the practitioner who books it (default: the actor); ignored for engagements,
 *                       whose therapist is the engagement's
 * @param participantIds for meetings: the other practitioners (a supervisee, consultation peers); may be empty
 */
public record NewAppointment(UUID engagementId, OffsetDateTime start, Integer durationMinutes, AppointmentKind kind,
        Location location, UUID roomId, String recurrence, UUID organizerId, List<UUID> participantIds) {
}
