package org.alliance.core.internal.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditQuery;
import org.alliance.api.core.AuditRecord;
import org.alliance.core.internal.db.Jdbc;

/** SQL of {@code CORE.AUDIT_EVENT}. Append and search only: there is no update or delete. */
final class AuditRepository {

    private static final String INSERT = "INSERT INTO CORE.AUDIT_EVENT (AT, ACTOR_ID, ACTOR_NAME, ACTION, "
            + "SUBJECT_TYPE, SUBJECT_ID, CLIENT_ID, OUTCOME, REASON, FLAGGED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    AuditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A record with the time it was handed to the log. */
    record Stamped(AuditRecord record, Instant at) {
    }

    /** Inserts the records in one transaction, in order. */
    void insert(List<Stamped> records) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Stamped s : records) {
                    AuditRecord r = s.record();
                    Jdbc.bind(ps, s.at(), r.actor().userId(), truncate(r.actor().username(), 200), r.action(),
                            r.subjectType(), r.subjectId(), r.clientId(), r.outcome(), truncate(r.reason(), 2000),
                            r.flagged());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    List<AuditEntry> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM CORE.AUDIT_EVENT WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.clientId() != null) {
            sql.append(" AND CLIENT_ID = ?");
            params.add(q.clientId());
        }
        if (q.userId() != null) {
            sql.append(" AND ACTOR_ID = ?");
            params.add(q.userId());
        }
        if (q.from() != null) {
            sql.append(" AND AT >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND AT < ?");
            params.add(q.to());
        }
        if (q.flaggedOnly()) {
            sql.append(" AND FLAGGED");
        }
        if (q.before() != null) {
            sql.append(" AND SEQ < ?");
            params.add(q.before());
        }
        sql.append(" ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY");
        params.add(q.limit() + 1);
        return jdbc.query(sql.toString(), AuditRepository::map, params.toArray());
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("SEQ"), Jdbc.instant(rs, "AT"), Jdbc.uuid(rs, "ACTOR_ID"),
                rs.getString("ACTOR_NAME"), rs.getString("ACTION"), rs.getString("SUBJECT_TYPE"),
                Jdbc.uuid(rs, "SUBJECT_ID"), Jdbc.uuid(rs, "CLIENT_ID"),
                AuditOutcome.valueOf(rs.getString("OUTCOME")), rs.getString("REASON"), rs.getBoolean("FLAGGED"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
