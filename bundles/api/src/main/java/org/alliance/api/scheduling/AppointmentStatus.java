package org.alliance.api.scheduling;

/**
 * The state of one occurrence. {@code BOOKED} until it is cancelled or marked; a client's
 * cancellation inside the practice's late window is {@code LATE_CANCELLED}.
 */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    LATE_CANCELLED,
    NO_SHOW,
    ATTENDED;

    /** Whether the appointment still holds its time (only booked ones block the calendar). */
    public boolean holdsTime() {
        return this == BOOKED;
    }
}
