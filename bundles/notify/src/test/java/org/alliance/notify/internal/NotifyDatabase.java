package org.alliance.notify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 with the shipped {@code NOTIFY} migration applied as core applies it:
 * the schema first, then the script's statements, split at semicolons with {@code --} comments
 * dropped. (The script has no quoted text, so a plain split is core's split; see
 * {@code MigrationScriptTest}.)
 */
public final class NotifyDatabase implements AutoCloseable {

    public static final String SCRIPT = "/db/migration/NOTIFY/V1__notifications_and_outbox.sql";

    public final JdbcDataSource dataSource = new JdbcDataSource();

    public NotifyDatabase() {
        dataSource.setURL("jdbc:h2:mem:notify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        run("CREATE SCHEMA NOTIFY");
        String withoutComments = script().replaceAll("(?m)--.*$", "");
        Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(this::run);
    }

    public static String script() {
        try (InputStream in = NotifyDatabase.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows a table of the schema holds. */
    public int count(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM NOTIFY." + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the one email in the outbox. */
    public UUID onlyOutboxId() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT ID FROM NOTIFY.EMAIL_OUTBOX")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        run("SHUTDOWN");
    }
}
