package org.alliance.supervision.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.supervision.CosignMode;
import org.alliance.support.db.Db;

/** Supervision relationships in SUPERVISION.RELATIONSHIP. Nothing in them is clinical, so nothing is sealed. */
public final class RelationshipRepository {

    private static final String COLUMNS = "ID, SUPERVISOR_ID, SUPERVISOR_NAME, SUPERVISOR_LICENSE, SUPERVISEE_ID, "
            + "SUPERVISEE_NAME, COSIGN_MODE, RULE_SET_ID, START_DAY, END_DAY, CONSENT_RECORDED_AT, SCOPE, PSYCHOTHERAPY_NOTES, "
            + "CREATED_AT, CREATED_BY";

    private final Db db;

    public RelationshipRepository(Db db) {
        this.db = db;
    }

    public void insert(RelationshipRow r) {
        db.update("INSERT INTO SUPERVISION.RELATIONSHIP (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.supervisorId(), r.supervisorName(), r.supervisorLicense(), r.superviseeId(), r.superviseeName(),
                r.cosignMode(), r.ruleSetId(), r.start(), r.end(), r.consentRecordedAt(), r.scope(), r.psychotherapyNotes(),
                r.createdAt(), r.createdBy());
    }

    public Optional<RelationshipRow> find(UUID id) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.RELATIONSHIP WHERE ID = ?", RelationshipRepository::row, id)
                .stream().findFirst();
    }

    /**
     * Relationships narrowed by supervisee and/or supervisor ({@code null} for no narrowing), and to
     * those {@code party} is on either side of ({@code null}: everyone's); newest start first.
     */
    public List<RelationshipRow> list(UUID superviseeId, UUID supervisorId, UUID party) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SUPERVISION.RELATIONSHIP WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (superviseeId != null) {
            sql.append(" AND SUPERVISEE_ID = ?");
            params.add(superviseeId);
        }
        if (supervisorId != null) {
            sql.append(" AND SUPERVISOR_ID = ?");
            params.add(supervisorId);
        }
        if (party != null) {
            sql.append(" AND (SUPERVISOR_ID = ? OR SUPERVISEE_ID = ?)");
            params.add(party);
            params.add(party);
        }
        sql.append(" ORDER BY START_DAY DESC, CREATED_AT DESC");
        return db.query(sql.toString(), RelationshipRepository::row, params.toArray());
    }

    /** Every relationship of the supervisee, whatever its dates. */
    public List<RelationshipRow> ofSupervisee(UUID superviseeId) {
        return list(superviseeId, null, null);
    }

    /** Every relationship of the supervisor, whatever its dates. */
    public List<RelationshipRow> ofSupervisor(UUID supervisorId) {
        return list(null, supervisorId, null);
    }

    /**
     * Sets the last day; false when the relationship had already ended before {@code lastDay} (the
     * condition in the update decides races between two endings).
     */
    public boolean end(UUID id, LocalDate lastDay) {
        return db.update("UPDATE SUPERVISION.RELATIONSHIP SET END_DAY = ? WHERE ID = ? AND (END_DAY IS NULL OR END_DAY >= ?)",
                lastDay, id, lastDay) == 1;
    }

    /** Everyone on either side of any relationship, for bringing the copied names up to date. */
    public List<UUID> people() {
        return db.query("SELECT SUPERVISOR_ID AS PERSON FROM SUPERVISION.RELATIONSHIP UNION "
                + "SELECT SUPERVISEE_ID FROM SUPERVISION.RELATIONSHIP", rs -> Db.uuid(rs, "PERSON"));
    }

    /** Copies a practitioner's current name and license number into their relationships. */
    public void refreshPerson(UUID id, String name, String license) {
        db.inTransaction(c -> {
            Db.update(c, "UPDATE SUPERVISION.RELATIONSHIP SET SUPERVISOR_NAME = ?, SUPERVISOR_LICENSE = ? "
                    + "WHERE SUPERVISOR_ID = ?", name, license, id);
            Db.update(c, "UPDATE SUPERVISION.RELATIONSHIP SET SUPERVISEE_NAME = ? WHERE SUPERVISEE_ID = ?", name, id);
            return null;
        });
    }

    private static RelationshipRow row(ResultSet rs) throws SQLException {
        return new RelationshipRow(Db.uuid(rs, "ID"), Db.uuid(rs, "SUPERVISOR_ID"), rs.getString("SUPERVISOR_NAME"),
                rs.getString("SUPERVISOR_LICENSE"), Db.uuid(rs, "SUPERVISEE_ID"), rs.getString("SUPERVISEE_NAME"),
                CosignMode.valueOf(rs.getString("COSIGN_MODE")), rs.getString("RULE_SET_ID"),
                rs.getObject("START_DAY", LocalDate.class), rs.getObject("END_DAY", LocalDate.class),
                Db.instant(rs, "CONSENT_RECORDED_AT"), rs.getString("SCOPE"), rs.getBoolean("PSYCHOTHERAPY_NOTES"),
                Db.instant(rs, "CREATED_AT"), Db.uuid(rs, "CREATED_BY"));
    }
}
