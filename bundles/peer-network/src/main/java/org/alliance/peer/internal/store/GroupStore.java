package org.alliance.peer.internal.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.api.peer.Medium;
import org.alliance.support.db.Db;

/** Consultation groups, their members, meetings and attendance. */
public final class GroupStore {

    public record GroupRow(UUID id, String name, UUID convenerId, Instant createdAt) {
    }

    public record MemberRow(UUID practitionerId, Instant joinedAt) {
    }

    public record MeetingRow(UUID id, UUID groupId, Instant startsAt, int minutes, Medium medium, UUID appointmentId) {
    }

    public record AttendanceRow(UUID practitionerId, boolean attended, BigDecimal ceHours) {
    }

    private final Db db;

    public GroupStore(Db db) {
        this.db = db;
    }

    public void insert(GroupRow g, Set<UUID> members) {
        db.inTransaction(c -> {
            Db.update(c, "INSERT INTO PEER.CONSULT_GROUP (ID, NAME, CONVENER_ID, CREATED_AT) VALUES (?, ?, ?, ?)", g.id(),
                    g.name(), g.convenerId(), g.createdAt());
            for (UUID member : members) {
                Db.update(c, "INSERT INTO PEER.GROUP_MEMBER (GROUP_ID, PRACTITIONER_ID, JOINED_AT) VALUES (?, ?, ?)", g.id(),
                        member, g.createdAt());
            }
            return null;
        });
    }

    public Optional<GroupRow> find(UUID id) {
        return db.query("SELECT ID, NAME, CONVENER_ID, CREATED_AT FROM PEER.CONSULT_GROUP WHERE ID = ?", GroupStore::group, id)
                .stream().findFirst();
    }

    public List<GroupRow> of(UUID practitionerId) {
        return db.query("SELECT G.ID, G.NAME, G.CONVENER_ID, G.CREATED_AT FROM PEER.CONSULT_GROUP G JOIN PEER.GROUP_MEMBER M "
                + "ON M.GROUP_ID = G.ID WHERE M.PRACTITIONER_ID = ? ORDER BY G.NAME, G.ID", GroupStore::group, practitionerId);
    }

    public List<MemberRow> members(UUID groupId) {
        return db.query("SELECT PRACTITIONER_ID, JOINED_AT FROM PEER.GROUP_MEMBER WHERE GROUP_ID = ? ORDER BY JOINED_AT, "
                + "PRACTITIONER_ID", rs -> new MemberRow(Db.uuid(rs, "PRACTITIONER_ID"), Db.instant(rs, "JOINED_AT")), groupId);
    }

    public Set<UUID> memberIds(UUID groupId) {
        return members(groupId).stream().map(MemberRow::practitionerId).collect(Collectors.toSet());
    }

    /** Everyone who shares a group with {@code practitionerId}, themself excluded. */
    public Set<UUID> peersOf(UUID practitionerId) {
        return Set.copyOf(db.query("SELECT DISTINCT O.PRACTITIONER_ID FROM PEER.GROUP_MEMBER M JOIN PEER.GROUP_MEMBER O "
                + "ON O.GROUP_ID = M.GROUP_ID WHERE M.PRACTITIONER_ID = ? AND O.PRACTITIONER_ID <> ?",
                rs -> Db.uuid(rs, "PRACTITIONER_ID"), practitionerId, practitionerId));
    }

    /** Adds a member; false when already one. */
    public boolean addMember(UUID groupId, UUID practitionerId, Instant at) {
        return db.update("INSERT INTO PEER.GROUP_MEMBER (GROUP_ID, PRACTITIONER_ID, JOINED_AT) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM PEER.GROUP_MEMBER WHERE GROUP_ID = ? AND PRACTITIONER_ID = ?)", groupId, practitionerId, at,
                groupId, practitionerId) == 1;
    }

    public void insertMeeting(MeetingRow m, UUID createdBy) {
        db.update("INSERT INTO PEER.MEETING (ID, GROUP_ID, STARTS_AT, MINUTES, MEDIUM, APPOINTMENT_ID, CREATED_BY) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", m.id(), m.groupId(), m.startsAt(), m.minutes(), m.medium(), m.appointmentId(),
                createdBy);
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return db.query("SELECT ID, GROUP_ID, STARTS_AT, MINUTES, MEDIUM, APPOINTMENT_ID FROM PEER.MEETING WHERE ID = ?",
                GroupStore::meeting, id).stream().findFirst();
    }

    public List<MeetingRow> meetings(UUID groupId) {
        return db.query("SELECT ID, GROUP_ID, STARTS_AT, MINUTES, MEDIUM, APPOINTMENT_ID FROM PEER.MEETING WHERE GROUP_ID = ? "
                + "ORDER BY STARTS_AT DESC, ID", GroupStore::meeting, groupId);
    }

    public void recordAttendance(UUID meetingId, AttendanceRow a, UUID recordedBy, Instant at) {
        db.update("MERGE INTO PEER.ATTENDANCE (MEETING_ID, PRACTITIONER_ID, ATTENDED, CE_HOURS, RECORDED_BY, RECORDED_AT) "
                + "KEY (MEETING_ID, PRACTITIONER_ID) VALUES (?, ?, ?, ?, ?, ?)", meetingId, a.practitionerId(), a.attended(),
                a.ceHours(), recordedBy, at);
    }

    public List<AttendanceRow> attendance(UUID meetingId) {
        return db.query("SELECT PRACTITIONER_ID, ATTENDED, CE_HOURS FROM PEER.ATTENDANCE WHERE MEETING_ID = ? "
                + "ORDER BY PRACTITIONER_ID", rs -> new AttendanceRow(Db.uuid(rs, "PRACTITIONER_ID"), rs.getBoolean("ATTENDED"),
                        rs.getBigDecimal("CE_HOURS")), meetingId);
    }

    private static GroupRow group(ResultSet rs) throws SQLException {
        return new GroupRow(Db.uuid(rs, "ID"), rs.getString("NAME"), Db.uuid(rs, "CONVENER_ID"), Db.instant(rs, "CREATED_AT"));
    }

    private static MeetingRow meeting(ResultSet rs) throws SQLException {
        return new MeetingRow(Db.uuid(rs, "ID"), Db.uuid(rs, "GROUP_ID"), Db.instant(rs, "STARTS_AT"), rs.getInt("MINUTES"),
                Medium.valueOf(rs.getString("MEDIUM")), Db.uuid(rs, "APPOINTMENT_ID"));
    }
}
