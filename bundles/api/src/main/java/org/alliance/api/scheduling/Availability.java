package org.alliance.api.scheduling;

import java.util.List;
import java.util.UUID;

/** A therapist's working week. */
public record Availability(UUID therapistId, List<WorkingHours> hours) {

    public Availability {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }
}
