package org.alliance.notes.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.api.notes.Goal;
import org.alliance.support.db.Db;

/** Treatment plans in NOTES.TREATMENT_PLAN: one row per version, content sealed. */
public final class PlanRepository {

    /** What a plan says, sealed as one document. */
    public record Content(String problem, List<Goal> goals, LocalDate reviewDate) {
    }

    /** A stored plan version, opened. */
    public record PlanRow(UUID id, UUID engagementId, UUID clientId, int version, UUID authorId, Instant createdAt,
            Content content) {
    }

    private static final TypeReference<Content> CONTENT = new TypeReference<>() { };

    private final Db db;
    private final Sealer sealer;

    public PlanRepository(Db db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
    }

    /** Stores the next version of the engagement's plan; the unique (engagement, version) key decides a race. */
    public PlanRow insertNext(UUID id, UUID engagementId, UUID clientId, UUID authorId, Instant at, Content content) {
        return db.inTransaction(c -> {
            int version = Db.query(c, "SELECT COALESCE(MAX(VERSION), 0) + 1 FROM NOTES.TREATMENT_PLAN WHERE ENGAGEMENT_ID = ?",
                    rs -> rs.getInt(1), engagementId).get(0);
            Db.update(c, "INSERT INTO NOTES.TREATMENT_PLAN (ID, ENGAGEMENT_ID, CLIENT_ID, VERSION, AUTHOR_ID, CREATED_AT, "
                    + "CONTENT_SEALED) VALUES (?, ?, ?, ?, ?, ?, ?)", id, engagementId, clientId, version, authorId, at,
                    sealer.seal(content, Sealer.context("TREATMENT_PLAN", id, "CONTENT")));
            return new PlanRow(id, engagementId, clientId, version, authorId, at, content);
        });
    }

    /** The engagement's plans, newest first. */
    public List<PlanRow> byEngagement(UUID engagementId) {
        return db.query("SELECT ID, ENGAGEMENT_ID, CLIENT_ID, VERSION, AUTHOR_ID, CREATED_AT, CONTENT_SEALED "
                + "FROM NOTES.TREATMENT_PLAN WHERE ENGAGEMENT_ID = ? ORDER BY VERSION DESC", this::row, engagementId);
    }

    private PlanRow row(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new PlanRow(id, Db.uuid(rs, "ENGAGEMENT_ID"), Db.uuid(rs, "CLIENT_ID"), rs.getInt("VERSION"),
                Db.uuid(rs, "AUTHOR_ID"), Db.instant(rs, "CREATED_AT"),
                sealer.open(rs.getString("CONTENT_SEALED"), Sealer.context("TREATMENT_PLAN", id, "CONTENT"), CONTENT));
    }
}
