package org.alliance.notify.internal;

import org.alliance.support.db.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notification;

/** The SQL of {@code NOTIFY.NOTIFICATION}, the in-app notifications. */
final class Notifications {

    private static final String COLUMNS = "ID, TOPIC, SUBJECT, BODY, LINK, CREATED_AT, READ_AT";

    private final Db sql;

    Notifications(Db sql) {
        this.sql = sql;
    }

    static void insert(Connection c, UUID id, UUID userId, Message m, Instant at) throws SQLException {
        Db.update(c, "INSERT INTO NOTIFY.NOTIFICATION (ID, USER_ID, TOPIC, SUBJECT, BODY, LINK, CREATED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, userId, m.topic(), m.subject(), m.text(), m.link(), at);
    }

    /** The user's notifications, newest first. */
    List<Notification> inbox(UUID userId, boolean unreadOnly, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM NOTIFY.NOTIFICATION WHERE USER_ID = ?"
                + (unreadOnly ? " AND READ_AT IS NULL" : "")
                + " ORDER BY CREATED_AT DESC, ID FETCH FIRST ? ROWS ONLY", Notifications::row, userId, limit);
    }

    /**
     * Marks the user's notification read, keeping the first time it was read.
     *
     * @return false when the user has no such notification
     */
    boolean markRead(UUID userId, UUID id, Instant at) {
        return sql.inTransaction(c -> {
            Db.update(c, "UPDATE NOTIFY.NOTIFICATION SET READ_AT = ? WHERE ID = ? AND USER_ID = ? AND READ_AT IS NULL",
                    at, id, userId);
            return !Db.query(c, "SELECT ID FROM NOTIFY.NOTIFICATION WHERE ID = ? AND USER_ID = ?",
                    rs -> rs.getObject(1), id, userId).isEmpty();
        });
    }

    private static Notification row(ResultSet rs) throws SQLException {
        return new Notification(rs.getObject("ID", UUID.class), rs.getString("TOPIC"), rs.getString("SUBJECT"),
                rs.getString("BODY"), rs.getString("LINK"), Db.instant(rs, "CREATED_AT"),
                rs.getObject("READ_AT") != null);
    }
}
