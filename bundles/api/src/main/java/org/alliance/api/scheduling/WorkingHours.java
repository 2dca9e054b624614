package org.alliance.api.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One block of a therapist's week, in the practice's time zone; a day may have several. */
public record WorkingHours(DayOfWeek day, LocalTime from, LocalTime to) {
}
