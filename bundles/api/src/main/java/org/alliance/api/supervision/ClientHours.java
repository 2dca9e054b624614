package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Client-contact time of a supervisee.
 *
 * @param id            the hand-logged entry, or {@code null} for time taken from an attended appointment
 * @param appointmentId the attended appointment it comes from (scheduling), or {@code null} when logged by hand
 * @param note          what the time was, for hand-logged entries; no client identifiers
 */
public record ClientHours(UUID id, UUID superviseeId, LocalDate date, int minutes, ContactKind kind, UUID appointmentId,
        String note) {
}
