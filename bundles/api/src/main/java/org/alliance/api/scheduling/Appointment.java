package org.alliance.api.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One occurrence, as the actor may see it.
 *
 * @param seriesId      the series it belongs to, or null for a single appointment
 * @param clientId      null for meetings
 * @param clientName    the client's name as the actor may see it (a pseudonym for a sealed client), or null
 * @param therapistId   the engagement's therapist, or a meeting's organizer
 * @param recurrence    the series' rule, or null
 * @param cancelReason  shown to the practitioners involved and to admins and front desk, else null
 */
public record Appointment(UUID id, UUID seriesId, UUID engagementId, UUID clientId, String clientName,
        UUID therapistId, List<UUID> participantIds, AppointmentKind kind, Instant start, Instant end,
        Location location, UUID roomId, AppointmentStatus status, Initiator cancelledBy, String cancelReason,
        String recurrence) {

    public Appointment {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }
}
