package org.alliance.notes.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.support.db.Db;

/** Outcome measure results in NOTES.MEASURE_RESULT; answers, score and band sealed together. */
public final class MeasureRepository {

    /** The scored answers, sealed as one document. */
    public record Result(List<Integer> answers, int score, int maxScore, String band, List<String> alerts) {
    }

    /** A stored result, opened. */
    public record ResultRow(UUID id, UUID engagementId, UUID clientId, String measureId, String measureTitle,
            UUID recordedBy, Instant at, Result result) {
    }

    private static final TypeReference<Result> RESULT = new TypeReference<>() { };

    private final Db db;
    private final Sealer sealer;

    public MeasureRepository(Db db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
    }

    public void insert(ResultRow row) {
        db.update("INSERT INTO NOTES.MEASURE_RESULT (ID, ENGAGEMENT_ID, CLIENT_ID, MEASURE_ID, MEASURE_TITLE, RECORDED_BY, AT, "
                + "RESULT_SEALED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.id(), row.engagementId(), row.clientId(),
                row.measureId(), row.measureTitle(), row.recordedBy(), row.at(),
                sealer.seal(row.result(), Sealer.context("MEASURE_RESULT", row.id(), "RESULT")));
    }

    /** The engagement's results, of one measure or ({@code measureId} null) of all, oldest first. */
    public List<ResultRow> byEngagement(UUID engagementId, String measureId) {
        return measureId == null
                ? db.query(SELECT + "WHERE ENGAGEMENT_ID = ? ORDER BY MEASURE_ID, AT", this::row, engagementId)
                : db.query(SELECT + "WHERE ENGAGEMENT_ID = ? AND MEASURE_ID = ? ORDER BY AT", this::row, engagementId, measureId);
    }

    private static final String SELECT = "SELECT ID, ENGAGEMENT_ID, CLIENT_ID, MEASURE_ID, MEASURE_TITLE, RECORDED_BY, AT, "
            + "RESULT_SEALED FROM NOTES.MEASURE_RESULT ";

    private ResultRow row(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new ResultRow(id, Db.uuid(rs, "ENGAGEMENT_ID"), Db.uuid(rs, "CLIENT_ID"), rs.getString("MEASURE_ID"),
                rs.getString("MEASURE_TITLE"), Db.uuid(rs, "RECORDED_BY"), Db.instant(rs, "AT"),
                sealer.open(rs.getString("RESULT_SEALED"), Sealer.context("MEASURE_RESULT", id, "RESULT"), RESULT));
    }
}
