package org.alliance.api.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an appointment's history: booked, rescheduled (with the old and new start),
 * cancelled (with initiator and reason), marked no-show or attended.
 */
public record AppointmentChange(UUID appointmentId, Instant at, UUID actorId, String actorName, String change,
        String detail) {
}
