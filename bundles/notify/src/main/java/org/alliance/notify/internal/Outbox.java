package org.alliance.notify.internal;

import org.alliance.support.db.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.notify.Message;

/**
 * The SQL of {@code NOTIFY.EMAIL_OUTBOX}. {@link NotifierImpl} queues rows; the one sender
 * thread reads the due ones and records each attempt, so no two writers race for a row.
 */
public final class Outbox {

    /** Longer errors are cut: the column is for the admin's eye, not for the whole stack. */
    public static final int ERROR_MAX = 1000;

    private static final String COLUMNS = "ID, RECIPIENT, SUBJECT, BODY, LINK, CREATED_AT, ATTEMPTS, NEXT_ATTEMPT_AT,"
            + " SENT_AT, GAVE_UP_AT, LAST_ERROR";

    private final Db sql;

    public Outbox(DataSource dataSource) {
        this.sql = new Db(dataSource);
    }

    /** Queues an email, due at once, inside the caller's transaction. */
    static void queue(Connection c, UUID id, String recipient, Message m, Instant at) throws SQLException {
        Db.update(c, "INSERT INTO NOTIFY.EMAIL_OUTBOX (ID, RECIPIENT, SUBJECT, BODY, LINK, CREATED_AT, NEXT_ATTEMPT_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, recipient, m.subject(), m.text(), m.link(), at, at);
    }

    /** Emails whose next attempt is due at {@code now}, the longest-waiting first. */
    public List<OutboxEmail> due(Instant now, int max) {
        return sql.query("SELECT " + COLUMNS + " FROM NOTIFY.EMAIL_OUTBOX WHERE NEXT_ATTEMPT_AT <= ?"
                + " ORDER BY NEXT_ATTEMPT_AT, CREATED_AT FETCH FIRST ? ROWS ONLY", Outbox::row, now, max);
    }

    /** When the next waiting email is due, if any waits. */
    public Optional<Instant> nextAttempt() {
        return sql.query("SELECT MIN(NEXT_ATTEMPT_AT) AS NEXT_AT FROM NOTIFY.EMAIL_OUTBOX",
                rs -> Optional.ofNullable(Db.instant(rs, "NEXT_AT"))).get(0);
    }

    public Optional<OutboxEmail> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM NOTIFY.EMAIL_OUTBOX WHERE ID = ?", Outbox::row, id)
                .stream().findFirst();
    }

    public void sent(UUID id, Instant at) {
        sql.update("UPDATE NOTIFY.EMAIL_OUTBOX SET ATTEMPTS = ATTEMPTS + 1, SENT_AT = ?, NEXT_ATTEMPT_AT = NULL"
                + " WHERE ID = ?", at, id);
    }

    /**
     * Records a failed attempt.
     *
     * @param retryAt the next attempt, or {@code null} to give up (stamped {@code at})
     */
    public void failed(UUID id, Instant at, Instant retryAt, String error) {
        String cut = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        sql.update("UPDATE NOTIFY.EMAIL_OUTBOX SET ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT_AT = ?, GAVE_UP_AT = ?,"
                + " LAST_ERROR = ? WHERE ID = ?", retryAt, retryAt == null ? at : null, cut, id);
    }

    /** Deletes the emails sent or given up before {@code before}: their text need not be kept. */
    public int purgeDone(Instant before) {
        return sql.update("DELETE FROM NOTIFY.EMAIL_OUTBOX WHERE SENT_AT < ? OR GAVE_UP_AT < ?", before, before);
    }

    private static OutboxEmail row(ResultSet rs) throws SQLException {
        return new OutboxEmail(rs.getObject("ID", UUID.class), rs.getString("RECIPIENT"), rs.getString("SUBJECT"),
                rs.getString("BODY"), rs.getString("LINK"), Db.instant(rs, "CREATED_AT"), rs.getInt("ATTEMPTS"),
                Db.instant(rs, "NEXT_ATTEMPT_AT"), Db.instant(rs, "SENT_AT"), Db.instant(rs, "GAVE_UP_AT"),
                rs.getString("LAST_ERROR"));
    }
}
