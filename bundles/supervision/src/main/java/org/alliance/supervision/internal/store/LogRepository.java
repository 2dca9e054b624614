package org.alliance.supervision.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionMedium;
import org.alliance.api.supervision.SupervisionSession;
import org.alliance.support.db.Db;

/** The supervision log in SUPERVISION.LOG_ENTRY; topics sealed. A verified entry is never updated. */
public final class LogRepository {

    private static final String COLUMNS = "ID, RELATIONSHIP_ID, SUPERVISOR_ID, SUPERVISEE_ID, ON_DAY, MINUTES, FORMAT, MEDIUM, "
            + "TOPICS_SEALED, LOGGED_BY, LOGGED_AT, VERIFIED_AT";

    private final Db db;
    private final ClinicalCipher cipher;

    public LogRepository(Db db, ClinicalCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void insert(SupervisionSession s) {
        db.update("INSERT INTO SUPERVISION.LOG_ENTRY (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(),
                s.relationshipId(), s.supervisorId(), s.superviseeId(), s.date(), s.minutes(), s.format(), s.medium(),
                cipher.encrypt(s.topics(), topics(s.id())), s.loggedBy(), s.loggedAt(), s.verifiedAt());
    }

    public Optional<SupervisionSession> find(UUID id) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.LOG_ENTRY WHERE ID = ?", this::row, id).stream().findFirst();
    }

    /** The supervisee's log, newest first. */
    public List<SupervisionSession> ofSupervisee(UUID superviseeId) {
        return db.query("SELECT " + COLUMNS + " FROM SUPERVISION.LOG_ENTRY WHERE SUPERVISEE_ID = ? "
                + "ORDER BY ON_DAY DESC, LOGGED_AT DESC", this::row, superviseeId);
    }

    /** Signs the entry; false when it was already verified (the condition decides a double click). */
    public boolean verify(UUID id, Instant at) {
        return db.update("UPDATE SUPERVISION.LOG_ENTRY SET VERIFIED_AT = ? WHERE ID = ? AND VERIFIED_AT IS NULL", at, id) == 1;
    }

    private static String topics(UUID id) {
        return "SUPERVISION.LOG_ENTRY:" + id + ":TOPICS";
    }

    private SupervisionSession row(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "ID");
        return new SupervisionSession(id, Db.uuid(rs, "RELATIONSHIP_ID"), Db.uuid(rs, "SUPERVISOR_ID"),
                Db.uuid(rs, "SUPERVISEE_ID"), rs.getObject("ON_DAY", LocalDate.class), rs.getInt("MINUTES"),
                SupervisionFormat.valueOf(rs.getString("FORMAT")), SupervisionMedium.valueOf(rs.getString("MEDIUM")),
                cipher.decrypt(rs.getString("TOPICS_SEALED"), topics(id)), Db.uuid(rs, "LOGGED_BY"),
                Db.instant(rs, "LOGGED_AT"), Db.instant(rs, "VERIFIED_AT"));
    }
}
