package org.alliance.scheduling.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.Location;

/** One occurrence as stored: the client by id only; names are resolved for each reader. */
record AppointmentRow(UUID id, UUID seriesId, UUID engagementId, UUID clientId, UUID therapistId,
        List<UUID> participantIds, AppointmentKind kind, Instant start, Instant end, Location location, UUID roomId,
        AppointmentStatus status, Initiator cancelledBy, String cancelReason, String recurrence) {

    AppointmentRow {
        participantIds = List.copyOf(participantIds);
    }

    /** Everyone whose time this occurrence takes: the therapist and the meeting's participants. */
    List<UUID> practitioners() {
        List<UUID> all = new java.util.ArrayList<>(participantIds);
        all.add(0, therapistId);
        return all;
    }

    boolean involves(UUID userId) {
        return userId != null && (userId.equals(therapistId) || participantIds.contains(userId));
    }

    AppointmentRow with(AppointmentStatus newStatus, Initiator by, String reason) {
        return new AppointmentRow(id, seriesId, engagementId, clientId, therapistId, participantIds, kind, start, end,
                location, roomId, newStatus, by, reason, recurrence);
    }

    AppointmentRow movedTo(Instant newStart) {
        return new AppointmentRow(id, seriesId, engagementId, clientId, therapistId, participantIds, kind, newStart,
                newStart.plus(java.time.Duration.between(start, end)), location, roomId, status, cancelledBy,
                cancelReason, recurrence);
    }
}
