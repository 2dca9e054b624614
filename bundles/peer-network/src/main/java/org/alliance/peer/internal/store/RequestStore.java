package org.alliance.peer.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.peer.Medium;
import org.alliance.support.db.Db;

/** Requests for a therapist (PEER.THERAPIST_REQUEST) and whom each asked (PEER.REQUEST_ASK). */
public final class RequestStore {

    /** A stored request. {@code pendingAsk} is the practitioner being asked now, if any. */
    public record RequestRow(UUID id, UUID askerId, String modality, Medium medium, String language, Instant createdAt,
            UUID pendingAsk, boolean accepted) {
    }

    /** One practitioner asked; {@code answer} is {@code null}, {@code "ACCEPTED"} or {@code "DECLINED"}. */
    public record AskRow(UUID requestId, UUID practitionerId, Instant askedAt, String answer, Instant answeredAt,
            UUID engagementId) {
    }

    private static final String REQUEST = "SELECT ID, ASKER_ID, MODALITY, MEDIUM, LANGUAGE, CREATED_AT, PENDING_ASK, ACCEPTED "
            + "FROM PEER.THERAPIST_REQUEST ";
    private static final String ASK = "SELECT REQUEST_ID, PRACTITIONER_ID, ASKED_AT, ANSWER, ANSWERED_AT, ENGAGEMENT_ID "
            + "FROM PEER.REQUEST_ASK ";

    private final Db db;

    public RequestStore(Db db) {
        this.db = db;
    }

    public void insert(RequestRow r) {
        db.update("INSERT INTO PEER.THERAPIST_REQUEST (ID, ASKER_ID, MODALITY, MEDIUM, LANGUAGE, CREATED_AT, ACCEPTED) "
                + "VALUES (?, ?, ?, ?, ?, ?, FALSE)", r.id(), r.askerId(), r.modality(), r.medium(), r.language(), r.createdAt());
    }

    public Optional<RequestRow> find(UUID id) {
        return db.query(REQUEST + "WHERE ID = ?", RequestStore::request, id).stream().findFirst();
    }

    public List<RequestRow> byAsker(UUID askerId) {
        return db.query(REQUEST + "WHERE ASKER_ID = ? ORDER BY CREATED_AT DESC, ID", RequestStore::request, askerId);
    }

    /**
     * Records the ask if nobody is being asked and the request is not accepted; false otherwise. The
     * pending ask is a unique key made of the request id, so a second ask in the same instant fails too.
     */
    public boolean ask(UUID requestId, UUID practitionerId, Instant at) {
        return db.inTransaction(c -> {
            int claimed = Db.update(c, "UPDATE PEER.THERAPIST_REQUEST SET PENDING_ASK = ID WHERE ID = ? "
                    + "AND PENDING_ASK IS NULL AND ACCEPTED = FALSE", requestId);
            if (claimed == 0) {
                return false;
            }
            Db.update(c, "INSERT INTO PEER.REQUEST_ASK (REQUEST_ID, PRACTITIONER_ID, ASKED_AT) VALUES (?, ?, ?)",
                    requestId, practitionerId, at);
            return true;
        });
    }

    /** Stores the answer of a pending ask; false when it was not pending (already answered). */
    public boolean answer(UUID requestId, UUID practitionerId, String answer, Instant at) {
        return db.inTransaction(c -> {
            int answered = Db.update(c, "UPDATE PEER.REQUEST_ASK SET ANSWER = ?, ANSWERED_AT = ? WHERE REQUEST_ID = ? "
                    + "AND PRACTITIONER_ID = ? AND ANSWER IS NULL", answer, at, requestId, practitionerId);
            if (answered == 0) {
                return false;
            }
            Db.update(c, "UPDATE PEER.THERAPIST_REQUEST SET PENDING_ASK = NULL, ACCEPTED = ? WHERE ID = ?",
                    "ACCEPTED".equals(answer), requestId);
            return true;
        });
    }

    /** Undoes an acceptance whose engagement could not be created, so the practitioner may answer again. */
    public void reopen(UUID requestId, UUID practitionerId) {
        db.inTransaction(c -> {
            Db.update(c, "UPDATE PEER.REQUEST_ASK SET ANSWER = NULL, ANSWERED_AT = NULL WHERE REQUEST_ID = ? "
                    + "AND PRACTITIONER_ID = ?", requestId, practitionerId);
            return Db.update(c, "UPDATE PEER.THERAPIST_REQUEST SET PENDING_ASK = ID, ACCEPTED = FALSE WHERE ID = ?", requestId);
        });
    }

    public void setEngagement(UUID requestId, UUID practitionerId, UUID engagementId) {
        db.update("UPDATE PEER.REQUEST_ASK SET ENGAGEMENT_ID = ? WHERE REQUEST_ID = ? AND PRACTITIONER_ID = ?", engagementId,
                requestId, practitionerId);
    }

    public List<AskRow> asks(UUID requestId) {
        return db.query(ASK + "WHERE REQUEST_ID = ? ORDER BY ASKED_AT, PRACTITIONER_ID", RequestStore::ask, requestId);
    }

    public Optional<AskRow> ask(UUID requestId, UUID practitionerId) {
        return db.query(ASK + "WHERE REQUEST_ID = ? AND PRACTITIONER_ID = ?", RequestStore::ask, requestId, practitionerId)
                .stream().findFirst();
    }

    public List<AskRow> asksOf(UUID practitionerId) {
        return db.query(ASK + "WHERE PRACTITIONER_ID = ? ORDER BY ASKED_AT DESC, REQUEST_ID", RequestStore::ask,
                practitionerId);
    }

    private static RequestRow request(ResultSet rs) throws SQLException {
        return new RequestRow(Db.uuid(rs, "ID"), Db.uuid(rs, "ASKER_ID"), rs.getString("MODALITY"),
                Medium.valueOf(rs.getString("MEDIUM")), rs.getString("LANGUAGE"), Db.instant(rs, "CREATED_AT"),
                Db.uuid(rs, "PENDING_ASK"), rs.getBoolean("ACCEPTED"));
    }

    private static AskRow ask(ResultSet rs) throws SQLException {
        return new AskRow(Db.uuid(rs, "REQUEST_ID"), Db.uuid(rs, "PRACTITIONER_ID"), Db.instant(rs, "ASKED_AT"),
                rs.getString("ANSWER"), Db.instant(rs, "ANSWERED_AT"), Db.uuid(rs, "ENGAGEMENT_ID"));
    }
}
