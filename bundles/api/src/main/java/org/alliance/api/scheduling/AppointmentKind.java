package org.alliance.api.scheduling;

/** What an appointment is for. The first three belong to an engagement; the others are meetings without a client. */
public enum AppointmentKind {
    SESSION,
    INTAKE,
    TERMINATION_SESSION,
    SUPERVISION,
    CONSULTATION;

    /** Whether the appointment belongs to an engagement, and so has a client. */
    public boolean withClient() {
        return this == SESSION || this == INTAKE || this == TERMINATION_SESSION;
    }
}
