package org.alliance.core.internal.engagements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.EngagementStatus;
import org.alliance.core.internal.db.Jdbc;

/** SQL of {@code CORE.ENGAGEMENT}. */
final class EngagementRepository {

    private final Jdbc jdbc;

    EngagementRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EngagementRow e) {
        jdbc.update("INSERT INTO CORE.ENGAGEMENT (ID, CLIENT_ID, THERAPIST_ID, MODALITY, STATUS, STARTED_AT, CREATED_BY) "
                + "VALUES (?,?,?,?,?,?,?)", e.id(), e.clientId(), e.therapistId(), e.modality(), e.status(),
                e.startedAt(), e.createdBy());
    }

    Optional<EngagementRow> find(UUID id) {
        return jdbc.queryOne("SELECT * FROM CORE.ENGAGEMENT WHERE ID = ?", EngagementRepository::map, id);
    }

    /** Whether the therapist has an engagement, of any status, with the client record of that practitioner's account. */
    boolean treatsPractitioner(UUID therapistId, UUID practitionerId) {
        return jdbc.queryOne("SELECT 1 FROM CORE.ENGAGEMENT E JOIN CORE.CLIENT C ON C.ID = E.CLIENT_ID "
                + "WHERE E.THERAPIST_ID = ? AND C.PRACTITIONER_ID = ? FETCH FIRST 1 ROW ONLY", rs -> true,
                therapistId, practitionerId).isPresent();
    }

    /** Engagements matching the optional filters ({@code null} = any), newest first. */
    List<EngagementRow> find(UUID clientId, UUID therapistId) {
        StringBuilder sql = new StringBuilder("SELECT * FROM CORE.ENGAGEMENT WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (clientId != null) {
            sql.append(" AND CLIENT_ID = ?");
            params.add(clientId);
        }
        if (therapistId != null) {
            sql.append(" AND THERAPIST_ID = ?");
            params.add(therapistId);
        }
        sql.append(" ORDER BY STARTED_AT DESC");
        return jdbc.query(sql.toString(), EngagementRepository::map, params.toArray());
    }

    boolean activeExists(UUID clientId, UUID therapistId, String modality) {
        return jdbc.queryOne("SELECT 1 FROM CORE.ENGAGEMENT WHERE CLIENT_ID = ? AND THERAPIST_ID = ? AND MODALITY = ? "
                + "AND STATUS = 'ACTIVE' FETCH FIRST 1 ROW ONLY", rs -> true, clientId, therapistId, modality).isPresent();
    }

    /** Ends an active engagement; false when it was no longer active. */
    boolean end(UUID id, Instant at, String reason) {
        return jdbc.update("UPDATE CORE.ENGAGEMENT SET STATUS = 'ENDED', ENDED_AT = ?, END_REASON = ? "
                + "WHERE ID = ? AND STATUS = 'ACTIVE'", at, reason, id) == 1;
    }

    private static EngagementRow map(ResultSet rs) throws SQLException {
        return new EngagementRow(Jdbc.uuid(rs, "ID"), Jdbc.uuid(rs, "CLIENT_ID"), Jdbc.uuid(rs, "THERAPIST_ID"),
                rs.getString("MODALITY"), EngagementStatus.valueOf(rs.getString("STATUS")),
                Jdbc.instant(rs, "STARTED_AT"), Jdbc.instant(rs, "ENDED_AT"), rs.getString("END_REASON"),
                Jdbc.uuid(rs, "CREATED_BY"));
    }
}
