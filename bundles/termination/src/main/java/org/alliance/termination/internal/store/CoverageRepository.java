package org.alliance.termination.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.support.db.Db;

/** Cover during absences in TERMINATION.COVERAGE. */
public final class CoverageRepository {

    /** A stored absence and its cover. */
    public record CoverageRow(UUID id, UUID therapistId, UUID coveringId, LocalDate from, LocalDate to) {
    }

    private final Db db;

    public CoverageRepository(Db db) {
        this.db = db;
    }

    public void insert(CoverageRow row, UUID createdBy, Instant at) {
        db.update("INSERT INTO TERMINATION.COVERAGE (ID, THERAPIST_ID, COVERING_ID, FROM_DAY, TO_DAY, CREATED_BY, CREATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", row.id(), row.therapistId(), row.coveringId(), row.from(), row.to(),
                createdBy, at);
    }

    /** Absences that {@code coveringId} covers on {@code day}. */
    public List<CoverageRow> coveredBy(UUID coveringId, LocalDate day) {
        return db.query("SELECT ID, THERAPIST_ID, COVERING_ID, FROM_DAY, TO_DAY FROM TERMINATION.COVERAGE "
                + "WHERE COVERING_ID = ? AND FROM_DAY <= ? AND TO_DAY >= ? ORDER BY FROM_DAY, ID", CoverageRepository::map,
                coveringId, day, day);
    }

    /** Absences not over by {@code today}, of one therapist or ({@code null}) of all, soonest first. */
    public List<CoverageRow> current(UUID therapistId, LocalDate today) {
        String sql = "SELECT ID, THERAPIST_ID, COVERING_ID, FROM_DAY, TO_DAY FROM TERMINATION.COVERAGE WHERE TO_DAY >= ?"
                + (therapistId == null ? "" : " AND (THERAPIST_ID = ? OR COVERING_ID = ?)") + " ORDER BY FROM_DAY, ID";
        return therapistId == null ? db.query(sql, CoverageRepository::map, today)
                : db.query(sql, CoverageRepository::map, today, therapistId, therapistId);
    }

    private static CoverageRow map(ResultSet rs) throws SQLException {
        return new CoverageRow(Db.uuid(rs, "ID"), Db.uuid(rs, "THERAPIST_ID"), Db.uuid(rs, "COVERING_ID"),
                rs.getObject("FROM_DAY", LocalDate.class), rs.getObject("TO_DAY", LocalDate.class));
    }
}
