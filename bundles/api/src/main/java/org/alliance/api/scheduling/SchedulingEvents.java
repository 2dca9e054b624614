package org.alliance.api.scheduling;

/**
 * Event Admin topics the scheduling module posts after a change is stored. Properties:
 * {@code id} (appointment), {@code at}, {@code actorId}, {@code therapistId}, {@code start},
 * and {@code engagementId}/{@code clientId} when the appointment has a client.
 */
public final class SchedulingEvents {

    public static final String BOOKED = "org/alliance/scheduling/Appointment/BOOKED";
    public static final String CANCELLED = "org/alliance/scheduling/Appointment/CANCELLED";
    public static final String RESCHEDULED = "org/alliance/scheduling/Appointment/RESCHEDULED";
    public static final String NO_SHOW = "org/alliance/scheduling/Appointment/NO_SHOW";
    public static final String ATTENDED = "org/alliance/scheduling/Appointment/ATTENDED";

    private SchedulingEvents() {
    }
}
