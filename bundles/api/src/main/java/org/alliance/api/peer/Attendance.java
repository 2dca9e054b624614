package org.alliance.api.peer;

import java.math.BigDecimal;
import java.util.UUID;

/** A member's attendance at a meeting and the continuing-education hours credited. */
public record Attendance(UUID practitionerId, String displayName, boolean attended, BigDecimal ceHours) {
}
