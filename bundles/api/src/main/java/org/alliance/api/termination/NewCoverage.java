package org.alliance.api.termination;

import java.time.LocalDate;
import java.util.UUID;

/** A planned absence and who covers it. */
public record NewCoverage(UUID therapistId, UUID coveringTherapistId, LocalDate from, LocalDate to) {
}
