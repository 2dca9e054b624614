package org.alliance.api.scheduling;

import java.time.Instant;

/** A time a therapist is working and has nothing booked, long enough for the asked duration. */
public record FreeSlot(Instant start, Instant end) {
}
