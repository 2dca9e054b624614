package org.alliance.api.termination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A colleague covering a therapist's clients during a planned absence (APA 3.12, 10.09).
 *
 * @param from first day of the absence, inclusive
 * @param to   last day, inclusive
 */
public record Coverage(UUID id, UUID therapistId, String therapistName, UUID coveringTherapistId,
        String coveringTherapistName, LocalDate from, LocalDate to) {
}
