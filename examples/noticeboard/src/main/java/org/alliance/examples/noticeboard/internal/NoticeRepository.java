package org.alliance.examples.noticeboard.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The SQL of the noticeboard, on its own table only. Instants are stored as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC. Rows are never deleted: archiving stamps them.
 */
final class NoticeRepository {

    private static final String COLUMNS = "ID, TITLE, BODY, AUTHOR_ID, AUTHOR_NAME, CREATED_AT, PINNED, EXPIRES_ON, "
            + "ARCHIVED_AT, ARCHIVED_BY";

    private final DataSource dataSource;

    NoticeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(NoticeRow n) {
        update("INSERT INTO MOD_NOTICEBOARD.NOTICE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.title(), n.body(), n.authorId(), n.authorName(), utc(n.createdAt()), n.pinned(),
                n.expiresOn(), utc(n.archivedAt()), n.archivedBy());
    }

    /** Notices not archived and not expired on {@code today}: pinned first, then newest first. */
    List<NoticeRow> current(LocalDate today, int limit) {
        return query("SELECT " + COLUMNS + " FROM MOD_NOTICEBOARD.NOTICE"
                + " WHERE ARCHIVED_AT IS NULL AND (EXPIRES_ON IS NULL OR EXPIRES_ON >= ?)"
                + " ORDER BY PINNED DESC, CREATED_AT DESC, ID FETCH FIRST ? ROWS ONLY", today, limit);
    }

    Optional<NoticeRow> find(UUID id) {
        return query("SELECT " + COLUMNS + " FROM MOD_NOTICEBOARD.NOTICE WHERE ID = ?", id).stream().findFirst();
    }

    /** Stamps the notice as archived; false when it already was (another request got there first). */
    boolean archive(UUID id, Instant at, UUID by) {
        return update("UPDATE MOD_NOTICEBOARD.NOTICE SET ARCHIVED_AT = ?, ARCHIVED_BY = ?"
                + " WHERE ID = ? AND ARCHIVED_AT IS NULL", utc(at), by, id) == 1;
    }

    private List<NoticeRow> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<NoticeRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Noticeboard query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Noticeboard update failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private static NoticeRow row(ResultSet rs) throws SQLException {
        return new NoticeRow(rs.getObject("ID", UUID.class), rs.getString("TITLE"), rs.getString("BODY"),
                rs.getObject("AUTHOR_ID", UUID.class), rs.getString("AUTHOR_NAME"), instant(rs, "CREATED_AT"),
                rs.getBoolean("PINNED"), rs.getObject("EXPIRES_ON", LocalDate.class), instant(rs, "ARCHIVED_AT"),
                rs.getObject("ARCHIVED_BY", UUID.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
