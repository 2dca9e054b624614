package org.alliance.scheduling.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.time.DayOfWeek;
import org.alliance.api.scheduling.AppointmentChange;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Initiator;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.Room;
import org.alliance.api.scheduling.WorkingHours;
import org.alliance.support.db.Db;

/** SQL of the SCHEDULING schema. Methods taking a {@link Connection} run inside the caller's transaction. */
final class AppointmentRepository {

    private static final String COLUMNS = "A.ID, A.SERIES_ID, A.ENGAGEMENT_ID, A.CLIENT_ID, A.THERAPIST_ID, A.KIND, "
            + "A.START_AT, A.END_AT, A.LOCATION, A.ROOM_ID, A.STATUS, A.CANCELLED_BY, A.CANCEL_REASON, S.RRULE";
    private static final String FROM = " FROM SCHEDULING.APPOINTMENT A LEFT JOIN SCHEDULING.SERIES S ON S.ID = A.SERIES_ID";

    private final Db db;

    AppointmentRepository(Db db) {
        this.db = db;
    }

    Db db() {
        return db;
    }

    /**
     * Locks every resource a booking takes, in id order so that two bookings never wait for
     * each other in a circle. The lock rows are created on first use, outside the booking's
     * transaction (a row two bookings create at once is simply there for both).
     */
    void lock(Connection c, Set<UUID> resources) throws SQLException {
        for (UUID id : new TreeSet<>(resources)) {
            List<UUID> found = Db.query(c, "SELECT RESOURCE_ID FROM SCHEDULING.BOOKING_LOCK WHERE RESOURCE_ID = ? FOR UPDATE",
                    rs -> Db.uuid(rs, "RESOURCE_ID"), id);
            if (found.isEmpty()) {
                createLock(id);
                Db.query(c, "SELECT RESOURCE_ID FROM SCHEDULING.BOOKING_LOCK WHERE RESOURCE_ID = ? FOR UPDATE",
                        rs -> Db.uuid(rs, "RESOURCE_ID"), id);
            }
        }
    }

    private void createLock(UUID id) {
        try {
            db.update("INSERT INTO SCHEDULING.BOOKING_LOCK (RESOURCE_ID) VALUES (?)", id);
        } catch (Db.DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
        }
    }

    /** The longest an appointment may last: bounds the index range scans below. */
    private static final Duration LONGEST = Duration.ofMinutes(480);

    /**
     * Booked occurrences overlapping {@code [start, end)} that take one of the practitioners,
     * the client or the room; the occurrences in {@code ignore} (being moved) do not count.
     */
    List<AppointmentRow> clashes(Connection c, Set<UUID> practitioners, UUID clientId, UUID roomId, Instant start,
            Instant end, Set<UUID> ignore) throws SQLException {
        List<AppointmentRow> rows = overlapping(c, practitioners, clientId, roomId, start, end, AppointmentStatus.BOOKED);
        rows.removeIf(r -> ignore.contains(r.id()));
        return rows;
    }

    /**
     * Occurrences overlapping {@code [start, end)} of the practitioners (as therapist or
     * participant), the client or the room, optionally of one status. One simple query per
     * kind of resource, each a narrow range scan of its (resource, start) index: a single query
     * joining them with OR made H2 scan the whole table.
     */
    private List<AppointmentRow> overlapping(Connection c, Set<UUID> practitioners, UUID clientId, UUID roomId,
            Instant start, Instant end, AppointmentStatus status) throws SQLException {
        Map<UUID, AppointmentRow> found = new java.util.LinkedHashMap<>();
        String range = " AND A.START_AT > ? AND A.START_AT < ? AND A.END_AT > ?"
                + (status == null ? "" : " AND A.STATUS = '" + status.name() + "'");
        Instant earliest = start.minus(LONGEST);
        for (UUID p : practitioners) {
            collect(found, rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.THERAPIST_ID = ?" + range, p, earliest, end, start));
            collect(found, rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.ID IN (SELECT P.APPOINTMENT_ID FROM "
                    + "SCHEDULING.PARTICIPANT P WHERE P.USER_ID = ?)" + range, p, earliest, end, start));
        }
        if (clientId != null) {
            collect(found, rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.CLIENT_ID = ?" + range, clientId, earliest, end, start));
        }
        if (roomId != null) {
            collect(found, rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.ROOM_ID = ?" + range, roomId, earliest, end, start));
        }
        List<AppointmentRow> result = new ArrayList<>(found.values());
        result.sort(java.util.Comparator.comparing(AppointmentRow::start).thenComparing(AppointmentRow::id));
        return result;
    }

    private static void collect(Map<UUID, AppointmentRow> found, List<AppointmentRow> rows) {
        for (AppointmentRow r : rows) {
            found.putIfAbsent(r.id(), r);
        }
    }

    void insertSeries(Connection c, UUID id, String rule, ZoneId zone, Instant firstStart, Instant at, UUID by)
            throws SQLException {
        Db.update(c, "INSERT INTO SCHEDULING.SERIES (ID, RRULE, ZONE, FIRST_START, CREATED_AT, CREATED_BY) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, rule, zone.getId(), firstStart, at, by);
    }

    void insert(Connection c, AppointmentRow r, Instant at, UUID by) throws SQLException {
        Db.update(c, "INSERT INTO SCHEDULING.APPOINTMENT (ID, SERIES_ID, ENGAGEMENT_ID, CLIENT_ID, THERAPIST_ID, KIND, "
                + "START_AT, END_AT, LOCATION, ROOM_ID, STATUS, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.seriesId(), r.engagementId(), r.clientId(), r.therapistId(), r.kind(), r.start(), r.end(),
                r.location(), r.roomId(), r.status(), at, by);
        for (UUID participant : r.participantIds()) {
            Db.update(c, "INSERT INTO SCHEDULING.PARTICIPANT (APPOINTMENT_ID, USER_ID) VALUES (?, ?)", r.id(), participant);
        }
    }

    void updateStatus(Connection c, AppointmentRow r) throws SQLException {
        Db.update(c, "UPDATE SCHEDULING.APPOINTMENT SET STATUS = ?, CANCELLED_BY = ?, CANCEL_REASON = ? WHERE ID = ?",
                r.status(), r.cancelledBy(), r.cancelReason(), r.id());
    }

    void updateTime(Connection c, AppointmentRow r) throws SQLException {
        Db.update(c, "UPDATE SCHEDULING.APPOINTMENT SET START_AT = ?, END_AT = ? WHERE ID = ?", r.start(), r.end(), r.id());
    }

    void recordChange(Connection c, UUID appointmentId, Instant at, UUID actorId, String actorName, String change,
            String detail) throws SQLException {
        Db.update(c, "INSERT INTO SCHEDULING.CHANGE (APPOINTMENT_ID, AT, ACTOR_ID, ACTOR_NAME, CHANGE, DETAIL) "
                + "VALUES (?, ?, ?, ?, ?, ?)", appointmentId, at, actorId, actorName, change, detail);
    }

    Optional<AppointmentRow> find(UUID id) {
        return db.inTransaction(c -> find(c, id));
    }

    Optional<AppointmentRow> find(Connection c, UUID id) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.ID = ?", id).stream().findFirst();
    }

    /** This occurrence and the later ones of its series that are still booked. */
    List<AppointmentRow> thisAndFollowing(Connection c, AppointmentRow from) throws SQLException {
        return rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.SERIES_ID = ? AND A.START_AT >= ? AND A.STATUS = ? "
                + "ORDER BY A.START_AT", from.seriesId(), from.start(), AppointmentStatus.BOOKED);
    }

    /** Occurrences in {@code [from, to)} of a therapist (as therapist or participant) and/or a client. */
    List<AppointmentRow> inRange(UUID therapistId, UUID clientId, Instant from, Instant to) {
        return db.inTransaction(c -> {
            List<AppointmentRow> rows = overlapping(c, therapistId == null ? Set.of() : Set.of(therapistId),
                    therapistId == null ? clientId : null, null, from, to, null);
            if (therapistId != null && clientId != null) {
                rows.removeIf(r -> !clientId.equals(r.clientId()));
            }
            return rows;
        });
    }

    /** Booked sessions with a client starting in {@code [from, to)} that have had no reminder yet. */
    List<AppointmentRow> dueForReminder(Instant from, Instant to) {
        return db.inTransaction(c -> rows(c, "SELECT " + COLUMNS + FROM + " WHERE A.STATUS = ? AND A.START_AT >= ? "
                + "AND A.START_AT < ? AND A.CLIENT_ID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM SCHEDULING.REMINDER_SENT R "
                + "WHERE R.APPOINTMENT_ID = A.ID) ORDER BY A.START_AT", AppointmentStatus.BOOKED, from, to));
    }

    /** Records that a reminder went out; false when another node or run already did. */
    boolean markReminded(UUID appointmentId, Instant at) {
        try {
            return db.update("INSERT INTO SCHEDULING.REMINDER_SENT (APPOINTMENT_ID, SENT_AT) VALUES (?, ?)",
                    appointmentId, at) == 1;
        } catch (Db.DataAccessException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    List<AppointmentChange> history(UUID appointmentId) {
        return db.query("SELECT APPOINTMENT_ID, AT, ACTOR_ID, ACTOR_NAME, CHANGE, DETAIL FROM SCHEDULING.CHANGE "
                + "WHERE APPOINTMENT_ID = ? ORDER BY SEQ", rs -> new AppointmentChange(Db.uuid(rs, "APPOINTMENT_ID"),
                        Db.instant(rs, "AT"), Db.uuid(rs, "ACTOR_ID"), rs.getString("ACTOR_NAME"), rs.getString("CHANGE"),
                        rs.getString("DETAIL")), appointmentId);
    }

    List<Room> rooms() {
        return db.query("SELECT ID, NAME, ACTIVE FROM SCHEDULING.ROOM ORDER BY ACTIVE DESC, NAME_KEY",
                rs -> new Room(Db.uuid(rs, "ID"), rs.getString("NAME"), rs.getBoolean("ACTIVE")));
    }

    Optional<Room> room(UUID id) {
        return db.query("SELECT ID, NAME, ACTIVE FROM SCHEDULING.ROOM WHERE ID = ?",
                rs -> new Room(Db.uuid(rs, "ID"), rs.getString("NAME"), rs.getBoolean("ACTIVE")), id).stream().findFirst();
    }

    /** Adds a room; false when the name is taken. */
    boolean insertRoom(Room room, Instant at) {
        try {
            db.update("INSERT INTO SCHEDULING.ROOM (ID, NAME, NAME_KEY, ACTIVE, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                    room.id(), room.name(), room.name().toLowerCase(java.util.Locale.ROOT), room.active(), at);
            return true;
        } catch (Db.DataAccessException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    int setRoomActive(UUID id, boolean active) {
        return db.update("UPDATE SCHEDULING.ROOM SET ACTIVE = ? WHERE ID = ?", active, id);
    }

    List<WorkingHours> workingHours(UUID therapistId) {
        return db.query("SELECT DAY_OF_WEEK, FROM_TIME, TO_TIME FROM SCHEDULING.WORKING_HOURS WHERE THERAPIST_ID = ? "
                + "ORDER BY DAY_OF_WEEK, FROM_TIME", rs -> new WorkingHours(DayOfWeek.of(rs.getInt("DAY_OF_WEEK")),
                        Db.time(rs, "FROM_TIME"), Db.time(rs, "TO_TIME")), therapistId);
    }

    void replaceWorkingHours(UUID therapistId, List<WorkingHours> hours) {
        db.inTransaction(c -> {
            Db.update(c, "DELETE FROM SCHEDULING.WORKING_HOURS WHERE THERAPIST_ID = ?", therapistId);
            for (WorkingHours h : hours) {
                Db.update(c, "INSERT INTO SCHEDULING.WORKING_HOURS (THERAPIST_ID, DAY_OF_WEEK, FROM_TIME, TO_TIME) "
                        + "VALUES (?, ?, ?, ?)", therapistId, h.day().getValue(), h.from(), h.to());
            }
            return null;
        });
    }

    private static List<AppointmentRow> rows(Connection c, String sql, Object... params) throws SQLException {
        List<AppointmentRow> rows = Db.query(c, sql, AppointmentRepository::map, params);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<UUID>> participants = new HashMap<>();
        StringBuilder in = new StringBuilder();
        for (AppointmentRow r : rows) {
            in.append(in.length() == 0 ? "?" : ",?");
        }
        for (Object[] pair : Db.query(c, "SELECT APPOINTMENT_ID, USER_ID FROM SCHEDULING.PARTICIPANT WHERE APPOINTMENT_ID IN ("
                + in + ")", rs -> new Object[] {Db.uuid(rs, "APPOINTMENT_ID"), Db.uuid(rs, "USER_ID")},
                rows.stream().map(AppointmentRow::id).toArray())) {
            participants.computeIfAbsent((UUID) pair[0], k -> new ArrayList<>()).add((UUID) pair[1]);
        }
        List<AppointmentRow> result = new ArrayList<>(rows.size());
        for (AppointmentRow r : rows) {
            List<UUID> p = participants.get(r.id());
            result.add(p == null ? r : new AppointmentRow(r.id(), r.seriesId(), r.engagementId(), r.clientId(),
                    r.therapistId(), p, r.kind(), r.start(), r.end(), r.location(), r.roomId(), r.status(),
                    r.cancelledBy(), r.cancelReason(), r.recurrence()));
        }
        return result;
    }

    private static AppointmentRow map(ResultSet rs) throws SQLException {
        String cancelledBy = rs.getString("CANCELLED_BY");
        return new AppointmentRow(Db.uuid(rs, "ID"), Db.uuid(rs, "SERIES_ID"), Db.uuid(rs, "ENGAGEMENT_ID"),
                Db.uuid(rs, "CLIENT_ID"), Db.uuid(rs, "THERAPIST_ID"), List.of(),
                AppointmentKind.valueOf(rs.getString("KIND")), Db.instant(rs, "START_AT"), Db.instant(rs, "END_AT"),
                Location.valueOf(rs.getString("LOCATION")), Db.uuid(rs, "ROOM_ID"),
                AppointmentStatus.valueOf(rs.getString("STATUS")), cancelledBy == null ? null : Initiator.valueOf(cancelledBy),
                rs.getString("CANCEL_REASON"), rs.getString("RRULE"));
    }
}
