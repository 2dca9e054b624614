package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** Client-contact time logged by hand (work outside the practice's calendar, indirect hours). */
public record NewClientHours(UUID superviseeId, LocalDate date, int minutes, ContactKind kind, String note) {
}
