package org.alliance.api.scheduling;

import java.util.List;

/** The result of a booking: the first appointment and, for a series, every occurrence booked. */
public record Booking(Appointment appointment, List<Appointment> occurrences) {

    public Booking {
        occurrences = List.copyOf(occurrences);
    }
}
