package org.alliance.notes.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.notes.TemplateRef;
import org.alliance.support.db.Db;

/** Notes, their addenda and history in NOTES.NOTE, NOTES.ADDENDUM and NOTES.NOTE_HISTORY; sealed on the way in, opened on the way out. */
public final class NoteRepository {

    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<TemplateRef> TEMPLATE = new TypeReference<>() { };
    private static final TypeReference<String> TEXT = new TypeReference<>() { };
    private static final String COLUMNS = "ID, ENGAGEMENT_ID, CLIENT_ID, APPOINTMENT_ID, AUTHOR_ID, KIND, STATUS, TEMPLATE_ID, "
            + "TEMPLATE_SNAPSHOT, FIELDS_SEALED, CREATED_AT, UPDATED_AT, SIGNED_AT, COSIGNER_ID, COSIGN_REASON, COSIGNED_AT";

    private final Db db;
    private final Sealer sealer;

    public NoteRepository(Db db, Sealer sealer) {
        this.db = db;
        this.sealer = sealer;
    }

    public Db db() {
        return db;
    }

    public void insert(Connection c, NoteRow row) throws SQLException {
        Db.update(c, "INSERT INTO NOTES.NOTE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.engagementId(), row.clientId(), row.appointmentId(), row.authorId(), row.kind(), row.status(),
                row.template().id(), Sealer.json(row.template()), sealFields(row), row.createdAt(), row.updatedAt(),
                row.signedAt(), row.cosignerId(), row.cosignReason(), row.cosignedAt());
    }

    /** The note, locked for the rest of the transaction so that concurrent changes are decided one after the other. */
    public Optional<NoteRow> lock(Connection c, UUID id) throws SQLException {
        return Db.query(c, "SELECT " + COLUMNS + " FROM NOTES.NOTE WHERE ID = ? FOR UPDATE", this::row, id).stream().findFirst();
    }

    public Optional<NoteRow> find(UUID id) {
        return db.query("SELECT " + COLUMNS + " FROM NOTES.NOTE WHERE ID = ?", this::row, id).stream().findFirst();
    }

    /** The engagement's notes, newest first. */
    public List<NoteRow> byEngagement(UUID engagementId) {
        return db.query("SELECT " + COLUMNS + " FROM NOTES.NOTE WHERE ENGAGEMENT_ID = ? ORDER BY CREATED_AT DESC, ID",
                this::row, engagementId);
    }

    /** This author's drafts, oldest first. */
    public List<NoteRow> drafts(UUID authorId) {
        return db.query("SELECT " + COLUMNS + " FROM NOTES.NOTE WHERE AUTHOR_ID = ? AND STATUS = 'DRAFT' ORDER BY CREATED_AT, ID",
                this::row, authorId);
    }

    /** Notes waiting for this practitioner's co-signature, oldest first. */
    public List<NoteRow> awaiting(UUID cosignerId) {
        return db.query("SELECT " + COLUMNS + " FROM NOTES.NOTE WHERE COSIGNER_ID = ? AND STATUS = 'AWAITING_COSIGNATURE' "
                + "ORDER BY SIGNED_AT, ID", this::row, cosignerId);
    }

    /** Writes the row's fields, status and signature columns (the rest never changes). */
    public void update(Connection c, NoteRow row) throws SQLException {
        Db.update(c, "UPDATE NOTES.NOTE SET STATUS = ?, FIELDS_SEALED = ?, UPDATED_AT = ?, SIGNED_AT = ?, COSIGNER_ID = ?, "
                + "COSIGN_REASON = ?, COSIGNED_AT = ? WHERE ID = ?", row.status(), sealFields(row), row.updatedAt(),
                row.signedAt(), row.cosignerId(), row.cosignReason(), row.cosignedAt(), row.id());
    }

    public void insertAddendum(Connection c, AddendumRow a) throws SQLException {
        Db.update(c, "INSERT INTO NOTES.ADDENDUM (ID, NOTE_ID, AUTHOR_ID, AT, REASON_SEALED, TEXT_SEALED) VALUES (?, ?, ?, ?, ?, ?)",
                a.id(), a.noteId(), a.authorId(), a.at(), sealer.seal(a.reason(), Sealer.context("ADDENDUM", a.id(), "REASON")),
                sealer.seal(a.text(), Sealer.context("ADDENDUM", a.id(), "TEXT")));
    }

    public void appendHistory(Connection c, UUID noteId, String action, UUID byId, Instant at, String comment)
            throws SQLException {
        int seq = Db.query(c, "SELECT COALESCE(MAX(SEQ), 0) + 1 FROM NOTES.NOTE_HISTORY WHERE NOTE_ID = ?",
                rs -> rs.getInt(1), noteId).get(0);
        Db.update(c, "INSERT INTO NOTES.NOTE_HISTORY (NOTE_ID, SEQ, ACTION, BY_ID, AT, COMMENT_SEALED) VALUES (?, ?, ?, ?, ?, ?)",
                noteId, seq, action, byId, at, sealer.seal(comment, Sealer.context("NOTE_HISTORY", noteId + "/" + seq, "COMMENT")));
    }

    /** Addenda of one note, or of every note of an engagement, oldest first per note. */
    public Map<UUID, List<AddendumRow>> addenda(UUID noteId, UUID engagementId) {
        Map<UUID, List<AddendumRow>> result = new HashMap<>();
        db.query("SELECT A.ID, A.NOTE_ID, A.AUTHOR_ID, A.AT, A.REASON_SEALED, A.TEXT_SEALED FROM NOTES.ADDENDUM A "
                + "JOIN NOTES.NOTE N ON N.ID = A.NOTE_ID WHERE " + (noteId != null ? "N.ID = ?" : "N.ENGAGEMENT_ID = ?")
                + " ORDER BY A.AT, A.ID", rs -> {
                    UUID id = Db.uuid(rs, "ID");
                    return new AddendumRow(id, Db.uuid(rs, "NOTE_ID"), Db.uuid(rs, "AUTHOR_ID"), Db.instant(rs, "AT"),
                            sealer.open(rs.getString("REASON_SEALED"), Sealer.context("ADDENDUM", id, "REASON"), TEXT),
                            sealer.open(rs.getString("TEXT_SEALED"), Sealer.context("ADDENDUM", id, "TEXT"), TEXT));
                }, noteId != null ? noteId : engagementId)
                .forEach(a -> result.computeIfAbsent(a.noteId(), k -> new ArrayList<>()).add(a));
        return result;
    }

    /** History of one note, or of every note of an engagement, oldest first per note. */
    public Map<UUID, List<HistoryRow>> history(UUID noteId, UUID engagementId) {
        Map<UUID, List<HistoryRow>> result = new HashMap<>();
        db.query("SELECT H.NOTE_ID, H.SEQ, H.ACTION, H.BY_ID, H.AT, H.COMMENT_SEALED FROM NOTES.NOTE_HISTORY H "
                + "JOIN NOTES.NOTE N ON N.ID = H.NOTE_ID WHERE " + (noteId != null ? "N.ID = ?" : "N.ENGAGEMENT_ID = ?")
                + " ORDER BY H.NOTE_ID, H.SEQ", rs -> {
                    UUID id = Db.uuid(rs, "NOTE_ID");
                    int seq = rs.getInt("SEQ");
                    return new HistoryRow(id, seq, rs.getString("ACTION"), Db.uuid(rs, "BY_ID"), Db.instant(rs, "AT"),
                            sealer.open(rs.getString("COMMENT_SEALED"),
                                    Sealer.context("NOTE_HISTORY", id + "/" + seq, "COMMENT"), TEXT));
                }, noteId != null ? noteId : engagementId)
                .forEach(h -> result.computeIfAbsent(h.noteId(), k -> new ArrayList<>()).add(h));
        return result;
    }

    private String sealFields(NoteRow row) {
        return sealer.seal(row.fields(), Sealer.context("NOTE", row.id(), "FIELDS"));
    }

    private NoteRow row(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new NoteRow(id, Db.uuid(rs, "ENGAGEMENT_ID"), Db.uuid(rs, "CLIENT_ID"), Db.uuid(rs, "APPOINTMENT_ID"),
                Db.uuid(rs, "AUTHOR_ID"), NoteKind.valueOf(rs.getString("KIND")), NoteStatus.valueOf(rs.getString("STATUS")),
                Sealer.parse(rs.getString("TEMPLATE_SNAPSHOT"), TEMPLATE),
                sealer.open(rs.getString("FIELDS_SEALED"), Sealer.context("NOTE", id, "FIELDS"), FIELDS),
                Db.instant(rs, "CREATED_AT"), Db.instant(rs, "UPDATED_AT"), Db.instant(rs, "SIGNED_AT"),
                Db.uuid(rs, "COSIGNER_ID"), rs.getString("COSIGN_REASON"), Db.instant(rs, "COSIGNED_AT"));
    }
}
