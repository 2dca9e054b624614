package org.alliance.api.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.Actor;

/**
 * Appointments. Implemented by the scheduling module; used by its REST resources, its shell
 * commands and other modules. Thread-safe. Who may do what: the engagement's therapist,
 * front desk and admins book, cancel, reschedule and mark appointments of an engagement;
 * a meeting's organizer and participants, front desk and admins handle meetings. Every
 * read of a client's appointments is audited.
 *
 * @throws org.alliance.api.core.InvalidInputException for bad input, naming the field
 * @throws org.alliance.api.core.ConflictException     when a therapist, client, participant or room is already booked
 *                                                     at that time; the message names the clash
 * @throws org.alliance.api.core.AccessDeniedException when the actor may not act on the appointment
 * @throws org.alliance.api.core.RecordNotFoundException for an appointment or engagement the actor may not know of
 */
@org.osgi.annotation.versioning.ProviderType
public interface SchedulingService {

    /** Books a single appointment or a series; all occurrences or none. */
    Booking book(Actor actor, NewAppointment request);

    /**
     * Occurrences in {@code [from, to)}, sorted by start, for one therapist, one client or both;
     * at most 366 days.
     */
    List<Appointment> find(Actor actor, UUID therapistId, UUID clientId, Instant from, Instant to);

    Appointment get(Actor actor, UUID appointmentId);

    /** Cancels one occurrence or this and the following ones of its series; returns those cancelled. */
    List<Appointment> cancel(Actor actor, UUID appointmentId, Cancellation cancellation);

    /**
     * Moves one occurrence, or this and the following ones of its series, to a new start (same
     * duration), checking conflicts again. The following ones move by the same change of local
     * date and time, so a series moved from Tuesday 10:00 to Wednesday 11:00 stays there across
     * daylight-saving changes.
     *
     * @param scope null means {@link Scope#THIS}
     * @return the moved occurrences, in order
     */
    List<Appointment> reschedule(Actor actor, UUID appointmentId, OffsetDateTime newStart, Scope scope);

    /** The practice's rooms, active first, by name; any staff member. */
    List<Room> rooms(Actor actor);

    /** Adds a room (front desk and admins); names are unique, ignoring case. */
    Room addRoom(Actor actor, String name);

    /** Takes a room out of use, or back (front desk and admins); its booked appointments stay. */
    Room setRoomActive(Actor actor, UUID roomId, boolean active);

    /** Records that the client did not come (only after the start). */
    Appointment markNoShow(Actor actor, UUID appointmentId);

    /** Records that the appointment took place (only after the start). */
    Appointment markAttended(Actor actor, UUID appointmentId);

    /** Every change of the appointment, oldest first. */
    List<AppointmentChange> history(Actor actor, UUID appointmentId);

    Availability availability(Actor actor, UUID therapistId);

    /** Replaces a therapist's working hours (the therapist themself, front desk or admin). */
    Availability setAvailability(Actor actor, Availability availability);

    /** Free slots of at least {@code durationMinutes} inside working hours in {@code [from, to)}, at most 31 days. */
    List<FreeSlot> freeSlots(Actor actor, UUID therapistId, Instant from, Instant to, int durationMinutes);
}
