package org.alliance.peer.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.support.db.Db;

/**
 * Consultations, their addressed peers and replies. Question, summary and replies are clinical and
 * sealed with the practice's key, each bound to its row and column.
 */
public final class ConsultationStore {

    public record ConsultationRow(UUID id, UUID authorId, UUID clientId, String question, String summary, UUID groupId,
            boolean clientConsent, Instant createdAt, List<UUID> peerIds) {
    }

    public record ReplyRow(UUID id, UUID authorId, String text, Instant createdAt) {
    }

    private static final String SELECT = "SELECT ID, AUTHOR_ID, CLIENT_ID, QUESTION_SEALED, SUMMARY_SEALED, GROUP_ID, "
            + "CLIENT_CONSENT, CREATED_AT FROM PEER.CONSULTATION ";

    private final Db db;
    private final ClinicalCipher cipher;

    public ConsultationStore(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void insert(ConsultationRow r) {
        db.inTransaction(c -> {
            Db.update(c, "INSERT INTO PEER.CONSULTATION (ID, AUTHOR_ID, CLIENT_ID, QUESTION_SEALED, SUMMARY_SEALED, GROUP_ID, "
                    + "CLIENT_CONSENT, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.authorId(), r.clientId(),
                    cipher.encrypt(r.question(), context(r.id(), "QUESTION")),
                    cipher.encrypt(r.summary(), context(r.id(), "SUMMARY")), r.groupId(), r.clientConsent(), r.createdAt());
            for (UUID peer : r.peerIds()) {
                Db.update(c, "INSERT INTO PEER.CONSULTATION_PEER (CONSULTATION_ID, PRACTITIONER_ID) VALUES (?, ?)", r.id(), peer);
            }
            return null;
        });
    }

    public Optional<ConsultationRow> find(UUID id) {
        return db.query(SELECT + "WHERE ID = ?", this::map, id).stream().findFirst();
    }

    /** Consultations written by, addressed to, or sent to a group of {@code practitionerId}, newest first. */
    public List<ConsultationRow> readableBy(UUID practitionerId) {
        return db.query(SELECT + "WHERE AUTHOR_ID = ? OR ID IN (SELECT CONSULTATION_ID FROM PEER.CONSULTATION_PEER "
                + "WHERE PRACTITIONER_ID = ?) OR GROUP_ID IN (SELECT GROUP_ID FROM PEER.GROUP_MEMBER WHERE PRACTITIONER_ID = ?) "
                + "ORDER BY CREATED_AT DESC, ID", this::map, practitionerId, practitionerId, practitionerId);
    }

    public void insertReply(UUID consultationId, ReplyRow r) {
        db.update("INSERT INTO PEER.REPLY (ID, CONSULTATION_ID, AUTHOR_ID, TEXT_SEALED, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                r.id(), consultationId, r.authorId(), cipher.encrypt(r.text(), "PEER.REPLY:" + r.id() + ":TEXT"), r.createdAt());
    }

    public List<ReplyRow> replies(UUID consultationId) {
        return db.query("SELECT ID, AUTHOR_ID, TEXT_SEALED, CREATED_AT FROM PEER.REPLY WHERE CONSULTATION_ID = ? "
                + "ORDER BY CREATED_AT, ID", rs -> {
                    UUID id = Db.uuid(rs, "ID");
                    return new ReplyRow(id, Db.uuid(rs, "AUTHOR_ID"),
                            cipher.decrypt(rs.getString("TEXT_SEALED"), "PEER.REPLY:" + id + ":TEXT"), Db.instant(rs, "CREATED_AT"));
                }, consultationId);
    }

    private ConsultationRow map(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        List<UUID> peers = Db.query(rs.getStatement().getConnection(), "SELECT PRACTITIONER_ID FROM PEER.CONSULTATION_PEER "
                + "WHERE CONSULTATION_ID = ? ORDER BY PRACTITIONER_ID", r -> Db.uuid(r, "PRACTITIONER_ID"), id);
        return new ConsultationRow(id, Db.uuid(rs, "AUTHOR_ID"), Db.uuid(rs, "CLIENT_ID"),
                cipher.decrypt(rs.getString("QUESTION_SEALED"), context(id, "QUESTION")),
                cipher.decrypt(rs.getString("SUMMARY_SEALED"), context(id, "SUMMARY")), Db.uuid(rs, "GROUP_ID"),
                rs.getBoolean("CLIENT_CONSENT"), Db.instant(rs, "CREATED_AT"), peers);
    }

    private static String context(UUID id, String column) {
        return "PEER.CONSULTATION:" + id + ":" + column;
    }
}
