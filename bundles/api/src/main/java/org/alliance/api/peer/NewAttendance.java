package org.alliance.api.peer;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Whether a member attended a meeting, and the continuing-education hours it earns them.
 *
 * @param ceHours 0 to 24, in steps of 0.25; {@code null} for 0
 */
public record NewAttendance(UUID practitionerId, boolean attended, BigDecimal ceHours) {
}
