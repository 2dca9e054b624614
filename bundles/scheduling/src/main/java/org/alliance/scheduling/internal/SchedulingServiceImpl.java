package org.alliance.scheduling.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Notifier;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentChange;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Availability;
import org.alliance.api.scheduling.Booking;
import org.alliance.api.scheduling.Cancellation;
import org.alliance.api.scheduling.FreeSlot;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.Room;
import org.alliance.api.scheduling.SchedulingEvents;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.scheduling.Scope;
import org.alliance.api.scheduling.WorkingHours;
import org.alliance.support.db.Db;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The scheduling rules. A booking takes the booking locks of everything it books (the
 * practitioners, the client, the room) and checks for clashes inside that transaction, so
 * concurrent requests for one slot are decided one after the other: exactly one wins.
 */
@Component(service = {SchedulingService.class, SchedulingServiceImpl.class})
public class SchedulingServiceImpl implements SchedulingService {

    private static final int MAX_RANGE_DAYS = 366;
    private static final int MAX_FREE_SLOT_DAYS = 31;

    private final AppointmentRepository repository;
    private final EngagementService engagements;
    private final ClientService clients;
    private final UserService users;
    private final AuditLog audit;
    private final Practice practice;
    private final SchedulingSettings settings;
    private final Clock clock;
    private final Announcer announcer;
    private volatile Notifier notifier;

    @Activate
    public SchedulingServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=SCHEDULING)") ModuleSchema schema, @Reference EngagementService engagements,
            @Reference ClientService clients, @Reference UserService users, @Reference AuditLog audit,
            @Reference Practice practice, @Reference SchedulingSettings settings, @Reference EventAdmin events) {
        this(new Db(dataSource), engagements, clients, users, audit, practice, settings, events, Clock.systemUTC());
    }

    SchedulingServiceImpl(Db db, EngagementService engagements, ClientService clients, UserService users, AuditLog audit,
            Practice practice, SchedulingSettings settings, EventAdmin events, Clock clock) {
        this.repository = new AppointmentRepository(db);
        this.engagements = engagements;
        this.clients = clients;
        this.users = users;
        this.audit = audit;
        this.practice = practice;
        this.settings = settings;
        this.clock = clock;
        this.announcer = new Announcer(events, () -> notifier, clients, practice::name, practice::zone);
    }

    /** For tests outside this package. */
    public static SchedulingServiceImpl using(Db db, EngagementService engagements, ClientService clients,
            UserService users, AuditLog audit, Practice practice, SchedulingSettings settings, EventAdmin events,
            Clock clock) {
        return new SchedulingServiceImpl(db, engagements, clients, users, audit, practice, settings, events, clock);
    }

    /** The notify module, when installed: without it, changes are stored and announced as events only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    void unsetNotifier(Notifier gone) {
        if (this.notifier == gone) {
            this.notifier = null;
        }
    }

    AppointmentRepository repository() {
        return repository;
    }

    Announcer announcer() {
        return announcer;
    }

    // ---- booking ----

    @Override
    public Booking book(Actor actor, NewAppointment request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required");
        }
        BookingPlan plan = plan(actor, request);
        Instant now = clock.instant();
        List<AppointmentRow> rows = new ArrayList<>();
        UUID seriesId = plan.rule == null ? null : UUID.randomUUID();
        for (ZonedDateTime start : plan.starts) {
            rows.add(new AppointmentRow(UUID.randomUUID(), seriesId, plan.engagementId, plan.clientId, plan.therapistId,
                    plan.participants, request.kind(), start.toInstant(), start.toInstant().plus(plan.length),
                    plan.location, request.roomId(), AppointmentStatus.BOOKED, null, null, plan.rule));
        }
        inBookingTransaction(c -> {
            repository.lock(c, resources(rows.get(0)));
            for (AppointmentRow row : rows) {
                refuseClash(c, row, Set.of());
            }
            if (seriesId != null) {
                repository.insertSeries(c, seriesId, plan.rule, practice.zone(), rows.get(0).start(), now, actor.userId());
            }
            for (AppointmentRow row : rows) {
                repository.insert(c, row, now, actor.userId());
                repository.recordChange(c, row.id(), now, actor.userId(), actor.displayName(), "BOOKED",
                        Announcer.label(row) + " at " + announcer.when(row.start())
                                + (plan.rule == null ? "" : ", series " + plan.rule));
            }
            return null;
        });
        for (AppointmentRow row : rows) {
            audit(actor, "appointment.create", row);
            announcer.event(SchedulingEvents.BOOKED, actor, row, now);
        }
        announcer.booked(actor, rows);
        Map<UUID, String> names = new HashMap<>();
        List<Appointment> shown = rows.stream().map(r -> view(actor, r, names)).toList();
        return new Booking(shown.get(0), shown);
    }

    /** A checked booking request: who and what is booked, and every start. */
    private record BookingPlan(UUID engagementId, UUID clientId, UUID therapistId, List<UUID> participants,
            Location location, Duration length, String rule, List<ZonedDateTime> starts) {
    }

    private BookingPlan plan(Actor actor, NewAppointment r) {
        if (r.kind() == null) {
            throw new InvalidInputException("kind", "is required: SESSION, INTAKE, TERMINATION_SESSION, SUPERVISION or CONSULTATION");
        }
        if (r.start() == null) {
            throw new InvalidInputException("start", "is required, as an ISO-8601 date-time with offset");
        }
        int minutes = r.durationMinutes() == null ? 50 : r.durationMinutes();
        if (minutes < 5 || minutes > 480) {
            throw new InvalidInputException("durationMinutes", "must be between 5 and 480");
        }
        Location location = r.location() == null ? Location.IN_PERSON : r.location();
        if (r.roomId() != null && location != Location.IN_PERSON) {
            throw new InvalidInputException("roomId", "only an in-person appointment has a room");
        }
        if (r.roomId() != null && !repository.room(r.roomId()).map(Room::active).orElse(false)) {
            throw new InvalidInputException("roomId", "no room in use with id " + r.roomId());
        }
        UUID engagementId = null;
        UUID clientId = null;
        UUID therapistId;
        List<UUID> participants = List.of();
        if (r.kind().withClient()) {
            if (r.engagementId() == null) {
                throw new InvalidInputException("engagementId", "is required for a " + r.kind());
            }
            Engagement engagement = engagements.get(actor, r.engagementId());
            if (engagement.status() != EngagementStatus.ACTIVE) {
                throw new ConflictException("This engagement has ended; book a new engagement (re-intake) instead.");
            }
            engagementId = engagement.id();
            clientId = engagement.clientId();
            therapistId = engagement.therapistId();
            if (!Access.office(actor) && !therapistId.equals(actor.userId())) {
                throw new AccessDeniedException("Only the engagement's therapist, the front desk and admins book its sessions.");
            }
        } else {
            if (r.engagementId() != null) {
                throw new InvalidInputException("engagementId", "a " + r.kind() + " meeting has no engagement");
            }
            therapistId = r.organizerId() == null ? actor.userId() : r.organizerId();
            if (therapistId == null) {
                throw new InvalidInputException("organizerId", "is required");
            }
            if (!Access.office(actor) && !therapistId.equals(actor.userId())) {
                throw new AccessDeniedException("You can book meetings for yourself; the front desk books for others.");
            }
            Set<UUID> distinct = new LinkedHashSet<>(r.participantIds() == null ? List.of() : r.participantIds());
            distinct.remove(therapistId);
            if (distinct.size() > 20) {
                throw new InvalidInputException("participantIds", "at most 20 participants");
            }
            for (UUID id : new HashSet<>(distinct)) {
                requireActivePractitioner("participantIds", id);
            }
            requireActivePractitioner("organizerId", therapistId);
            participants = List.copyOf(distinct);
        }
        ZoneId zone = practice.zone();
        ZonedDateTime first = r.start().atZoneSameInstant(zone);
        String rule = r.recurrence() == null || r.recurrence().isBlank() ? null : r.recurrence().strip();
        List<ZonedDateTime> starts;
        if (rule == null) {
            starts = List.of(first);
        } else {
            Recurrences.Parsed parsed = Recurrences.parse(rule);
            starts = Recurrences.expand(parsed, first, parsed.bounded() ? first.plusYears(5)
                    : first.plusMonths(settings.values().seriesHorizonMonths()));
        }
        return new BookingPlan(engagementId, clientId, therapistId, participants, location, Duration.ofMinutes(minutes),
                rule, starts);
    }

    /**
     * A transaction that takes booking locks. Should the locks not come in time (someone else
     * holds the same person or room for longer than the database's lock timeout), the user is
     * asked to try again rather than shown an error.
     */
    private void inBookingTransaction(Db.Work<Void> work) {
        try {
            repository.db().inTransaction(work);
        } catch (Db.DataAccessException e) {
            if (e.isLockTimeout()) {
                throw new ConflictException("Someone else is booking the same people or room right now; try again in a moment.");
            }
            throw e;
        }
    }

    private void requireActivePractitioner(String field, UUID id) {
        try {
            User user = users.get(Actor.system("scheduling"), id);
            if (!user.active()) {
                throw new InvalidInputException(field, user.displayName() + "'s account is deactivated");
            }
        } catch (RecordNotFoundException e) {
            throw new InvalidInputException(field, "no practitioner with id " + id);
        }
    }

    private static Set<UUID> resources(AppointmentRow row) {
        Set<UUID> all = new HashSet<>(row.practitioners());
        if (row.clientId() != null) {
            all.add(row.clientId());
        }
        if (row.roomId() != null) {
            all.add(row.roomId());
        }
        return all;
    }

    private void refuseClash(Connection c, AppointmentRow row, Set<UUID> ignore) throws SQLException {
        List<AppointmentRow> clashes = repository.clashes(c, new HashSet<>(row.practitioners()), row.clientId(),
                row.roomId(), row.start(), row.end(), ignore);
        if (!clashes.isEmpty()) {
            throw new ConflictException(describeClash(row, clashes.get(0)));
        }
    }

    /** Names the clash in the words of the calendar, without naming a client. */
    private String describeClash(AppointmentRow wanted, AppointmentRow taken) {
        String when = announcer.when(taken.start()) + " to " + announcer.when(taken.end()).replaceAll(".*, ", "");
        for (UUID p : wanted.practitioners()) {
            if (taken.involves(p)) {
                return name(p) + " is already booked " + when + " (" + Announcer.label(taken).toLowerCase() + ").";
            }
        }
        if (wanted.clientId() != null && wanted.clientId().equals(taken.clientId())) {
            return "The client already has an appointment " + when + ".";
        }
        return "The room is already booked " + when + ".";
    }

    private String name(UUID userId) {
        try {
            return users.get(Actor.system("scheduling"), userId).displayName();
        } catch (RecordNotFoundException e) {
            return "A practitioner";
        }
    }

    // ---- reading ----

    @Override
    public List<Appointment> find(Actor actor, UUID therapistId, UUID clientId, Instant from, Instant to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required");
        }
        if (!from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to");
        }
        if (Duration.between(from, to).toDays() > MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        if (therapistId == null && clientId == null) {
            if (actor.userId() == null) {
                throw new InvalidInputException("therapistId", "give a therapist or a client");
            }
            therapistId = actor.userId();
        }
        List<AppointmentRow> rows = repository.inRange(therapistId, clientId, from, to);
        Map<UUID, String> names = new HashMap<>();
        List<Appointment> result = new ArrayList<>(rows.size());
        for (AppointmentRow row : rows) {
            if (clientId != null && !Access.mayAct(actor, row)) {
                continue; // a client's calendar is shown only to those who may act on it
            }
            result.add(view(actor, row, names));
        }
        return result;
    }

    @Override
    public Appointment get(Actor actor, UUID appointmentId) {
        AppointmentRow row = visibleRow(actor, appointmentId);
        return view(actor, row, new HashMap<>());
    }

    private AppointmentRow visibleRow(Actor actor, UUID appointmentId) {
        AppointmentRow row = repository.find(appointmentId)
                .orElseThrow(() -> new RecordNotFoundException("No appointment " + appointmentId + "."));
        if (!Access.mayAct(actor, row)) {
            throw new RecordNotFoundException("No appointment " + appointmentId + ".");
        }
        return row;
    }

    /**
     * The appointment as the actor may see it: those who may act see the client as they may see
     * them (a pseudonym for a sealed client unless they treat them); colleagues see only that the
     * time is taken. Every view with a client is audited.
     */
    private Appointment view(Actor actor, AppointmentRow r, Map<UUID, String> names) {
        if (r.clientId() != null && !Access.mayAct(actor, r)) {
            return new Appointment(r.id(), r.seriesId(), null, null, null, r.therapistId(), r.participantIds(), r.kind(),
                    r.start(), r.end(), r.location(), r.roomId(), r.status(), null, null, r.recurrence());
        }
        String clientName = null;
        if (r.clientId() != null) {
            // One audit entry per client shown by this call (not per occurrence): a year-long feed or a
            // practice's week would otherwise write hundreds of entries for one look at the calendar.
            clientName = names.computeIfAbsent(r.clientId(), id -> {
                audit(actor, "appointment.read", r);
                try {
                    return clients.visibleName(actor, id);
                } catch (RecordNotFoundException e) {
                    return "Client";
                }
            });
        }
        return new Appointment(r.id(), r.seriesId(), r.engagementId(), r.clientId(), clientName, r.therapistId(),
                r.participantIds(), r.kind(), r.start(), r.end(), r.location(), r.roomId(), r.status(), r.cancelledBy(),
                r.cancelReason(), r.recurrence());
    }

    private void audit(Actor actor, String action, AppointmentRow row) {
        audit.record(AuditRecord.success(actor, action, "appointment", row.id(), row.clientId()));
    }

    // ---- changes ----

    @Override
    public List<Appointment> cancel(Actor actor, UUID appointmentId, Cancellation request) {
        AppointmentRow row = visibleRow(actor, appointmentId);
        Access.requireAct(actor, row, "cancel it");
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the appointment is cancelled");
        }
        if (request.reason().length() > 1000) {
            throw new InvalidInputException("reason", "at most 1000 characters");
        }
        if (request.initiatedBy() == null) {
            throw new InvalidInputException("initiatedBy", "is required: CLIENT, THERAPIST or PRACTICE");
        }
        if (request.initiatedBy() == Initiator.CLIENT && row.clientId() == null) {
            throw new InvalidInputException("initiatedBy", "a meeting has no client");
        }
        if (row.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("This appointment is already " + row.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        Scope scope = request.scope() == null ? Scope.THIS : request.scope();
        Instant now = clock.instant();
        String reason = request.reason().strip();
        List<AppointmentRow> cancelled = repository.db().inTransaction(c -> {
            List<AppointmentRow> targets = scope == Scope.THIS_AND_FOLLOWING && row.seriesId() != null
                    ? repository.thisAndFollowing(c, row) : List.of(row);
            List<AppointmentRow> done = new ArrayList<>();
            for (AppointmentRow t : targets) {
                boolean late = request.initiatedBy() == Initiator.CLIENT && t.start().isAfter(now)
                        && Duration.between(now, t.start()).compareTo(settings.values().lateWindow()) < 0;
                AppointmentRow updated = t.with(late ? AppointmentStatus.LATE_CANCELLED : AppointmentStatus.CANCELLED,
                        request.initiatedBy(), reason);
                repository.updateStatus(c, updated);
                repository.recordChange(c, t.id(), now, actor.userId(), actor.displayName(), updated.status().name(),
                        "by " + request.initiatedBy().name().toLowerCase() + ": " + reason);
                done.add(updated);
            }
            return done;
        });
        for (AppointmentRow r : cancelled) {
            audit(actor, "appointment.cancel", r);
            announcer.event(SchedulingEvents.CANCELLED, actor, r, now);
        }
        announcer.cancelled(actor, cancelled);
        Map<UUID, String> names = new HashMap<>();
        return cancelled.stream().map(r -> view(actor, r, names)).toList();
    }

    @Override
    public List<Appointment> reschedule(Actor actor, UUID appointmentId, OffsetDateTime newStart, Scope scope) {
        AppointmentRow row = visibleRow(actor, appointmentId);
        Access.requireAct(actor, row, "move it");
        if (newStart == null) {
            throw new InvalidInputException("start", "is required, as an ISO-8601 date-time with offset");
        }
        if (row.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("Only a booked appointment can be moved; this one is "
                    + row.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        ZoneId zone = practice.zone();
        // The change of local date and time, applied to each occurrence moved: DST-safe.
        Duration localShift = Duration.between(row.start().atZone(zone).toLocalDateTime(),
                newStart.atZoneSameInstant(zone).toLocalDateTime());
        Instant now = clock.instant();
        List<AppointmentRow[]> moves = new ArrayList<>();
        inBookingTransaction(c -> {
            List<AppointmentRow> targets = scope == Scope.THIS_AND_FOLLOWING && row.seriesId() != null
                    ? repository.thisAndFollowing(c, row) : List.of(row);
            Set<UUID> moving = new HashSet<>();
            targets.forEach(t -> moving.add(t.id()));
            repository.lock(c, resources(row));
            for (AppointmentRow t : targets) {
                AppointmentRow moved = t.movedTo(t.start().atZone(zone).toLocalDateTime().plus(localShift)
                        .atZone(zone).toInstant());
                refuseClash(c, moved, moving);
                moves.add(new AppointmentRow[] {t, moved});
            }
            for (AppointmentRow[] m : moves) {
                repository.updateTime(c, m[1]);
                repository.recordChange(c, m[0].id(), now, actor.userId(), actor.displayName(), "RESCHEDULED",
                        "from " + announcer.when(m[0].start()) + " to " + announcer.when(m[1].start()));
            }
            return null;
        });
        for (AppointmentRow[] m : moves) {
            audit(actor, "appointment.reschedule", m[1]);
            announcer.event(SchedulingEvents.RESCHEDULED, actor, m[1], now);
        }
        announcer.rescheduled(actor, moves.get(0)[0], moves.get(0)[1]);
        Map<UUID, String> names = new HashMap<>();
        return moves.stream().map(m -> view(actor, m[1], names)).toList();
    }

    // ---- rooms ----

    @Override
    public List<Room> rooms(Actor actor) {
        if (actor.roles().isEmpty() && !actor.isSystem()) {
            throw new AccessDeniedException("Only practice staff can see the rooms.");
        }
        return repository.rooms();
    }

    @Override
    public Room addRoom(Actor actor, String name) {
        if (!Access.office(actor)) {
            throw new AccessDeniedException("The front desk and admins manage rooms.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "is required, at most 100 characters");
        }
        Room room = new Room(UUID.randomUUID(), name.strip(), true);
        if (!repository.insertRoom(room, clock.instant())) {
            throw new ConflictException("There is already a room named '" + room.name() + "'.");
        }
        return room;
    }

    @Override
    public Room setRoomActive(Actor actor, UUID roomId, boolean active) {
        if (!Access.office(actor)) {
            throw new AccessDeniedException("The front desk and admins manage rooms.");
        }
        if (repository.setRoomActive(roomId, active) == 0) {
            throw new RecordNotFoundException("No room " + roomId + ".");
        }
        return repository.room(roomId).orElseThrow();
    }

    @Override
    public Appointment markNoShow(Actor actor, UUID appointmentId) {
        return mark(actor, appointmentId, AppointmentStatus.NO_SHOW, SchedulingEvents.NO_SHOW);
    }

    @Override
    public Appointment markAttended(Actor actor, UUID appointmentId) {
        return mark(actor, appointmentId, AppointmentStatus.ATTENDED, SchedulingEvents.ATTENDED);
    }

    private Appointment mark(Actor actor, UUID appointmentId, AppointmentStatus status, String topic) {
        AppointmentRow row = visibleRow(actor, appointmentId);
        Access.requireAct(actor, row, "mark it");
        Instant now = clock.instant();
        if (now.isBefore(row.start())) {
            throw new ConflictException("An appointment can be marked " + status.name().toLowerCase().replace('_', '-')
                    + " only once it has started (" + announcer.when(row.start()) + ").");
        }
        if (status == AppointmentStatus.NO_SHOW && row.clientId() == null) {
            throw new ConflictException("A meeting has no client to miss it.");
        }
        if (row.status() != AppointmentStatus.BOOKED && row.status() != AppointmentStatus.NO_SHOW
                && row.status() != AppointmentStatus.ATTENDED) {
            throw new ConflictException("A cancelled appointment cannot be marked.");
        }
        AppointmentRow marked = row.with(status, null, null);
        repository.db().inTransaction(c -> {
            repository.updateStatus(c, marked);
            repository.recordChange(c, row.id(), now, actor.userId(), actor.displayName(), status.name(), null);
            return null;
        });
        audit(actor, "appointment.mark", marked);
        announcer.event(topic, actor, marked, now);
        return view(actor, marked, new HashMap<>());
    }

    @Override
    public List<AppointmentChange> history(Actor actor, UUID appointmentId) {
        AppointmentRow row = visibleRow(actor, appointmentId);
        audit(actor, "appointment.history", row);
        return repository.history(appointmentId);
    }

    // ---- working hours ----

    @Override
    public Availability availability(Actor actor, UUID therapistId) {
        if (actor.roles().isEmpty()) {
            throw new AccessDeniedException("Only practice staff can see working hours.");
        }
        return new Availability(therapistId, repository.workingHours(therapistId));
    }

    @Override
    public Availability setAvailability(Actor actor, Availability availability) {
        if (availability == null || availability.therapistId() == null) {
            throw new InvalidInputException("therapistId", "is required");
        }
        if (!Access.office(actor) && !availability.therapistId().equals(actor.userId())) {
            throw new AccessDeniedException("You can change only your own working hours; the front desk changes others'.");
        }
        requireActivePractitioner("therapistId", availability.therapistId());
        List<WorkingHours> hours = WorkingWeek.checked(availability.hours());
        repository.replaceWorkingHours(availability.therapistId(), hours);
        return new Availability(availability.therapistId(), repository.workingHours(availability.therapistId()));
    }

    @Override
    public List<FreeSlot> freeSlots(Actor actor, UUID therapistId, Instant from, Instant to, int durationMinutes) {
        if (therapistId == null) {
            throw new InvalidInputException("therapistId", "is required");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException(from == null ? "from" : "to", "give a range with from before to");
        }
        if (Duration.between(from, to).toDays() > MAX_FREE_SLOT_DAYS) {
            throw new InvalidInputException("to", "search at most " + MAX_FREE_SLOT_DAYS + " days at a time");
        }
        if (durationMinutes < 5 || durationMinutes > 480) {
            throw new InvalidInputException("durationMinutes", "must be between 5 and 480");
        }
        List<WorkingHours> hours = availability(actor, therapistId).hours();
        List<AppointmentRow> busy = repository.inRange(therapistId, null, from, to).stream()
                .filter(r -> r.status().holdsTime()).toList();
        return FreeSlots.compute(hours, busy, from, to, practice.zone(), Duration.ofMinutes(durationMinutes));
    }

    /** Booked sessions with a client starting within the reminder lead time, not yet reminded. */
    List<AppointmentRow> dueForReminder() {
        Duration lead = settings.values().reminderLead();
        if (lead.isZero()) {
            return List.of();
        }
        Instant now = clock.instant();
        return repository.dueForReminder(now, now.plus(lead));
    }
}
