package org.alliance.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Brings one schema up to date: applies, in version order, each script not yet recorded in
 * {@code MIGRATION.HISTORY}, each in its own transaction (H2 commits DDL statements as it runs
 * them, so a script that fails half-way leaves its earlier statements: keep one change per
 * script), and refuses to run when an applied
 * script has since changed (its checksum differs) or a recorded version is missing.
 *
 * <p>We wrote this rather than use Flyway or Liquibase: both discover scripts by scanning
 * class-path resources, which in OSGi sees only the library's own bundle, and both load
 * database support through {@code ServiceLoader}; making them read another bundle's entries
 * needs adapters larger than this class. The rules it enforces are the same.
 */
public final class MigrationRunner {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private final DataSource dataSource;

    public MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the pending migrations of {@code schema}.
     *
     * @return the schema's version afterwards (0 when there are no scripts)
     * @throws MigrationException naming the script and the reason when anything is wrong
     */
    public synchronized int migrate(String schema, List<Migration> migrations) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new MigrationException("Schema name '" + schema + "' must be upper case letters, digits and _");
        }
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException(schema + ": two scripts have version " + ordered.get(i).version());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            prepareHistory(c, schema);
            Map<Integer, String> applied = appliedChecksums(c, schema);
            verifyApplied(schema, ordered, applied);
            int version = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Migration m : ordered) {
                if (!applied.containsKey(m.version())) {
                    apply(c, schema, m);
                    version = m.version();
                }
            }
            return version;
        } catch (SQLException e) {
            throw new MigrationException(schema + ": cannot reach the database: " + e.getMessage(), e);
        }
    }

    private static void prepareHistory(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement()) {
            // The only DDL outside migration scripts: the book-keeping the scripts are recorded in.
            s.execute("CREATE SCHEMA IF NOT EXISTS MIGRATION");
            s.execute("CREATE TABLE IF NOT EXISTS MIGRATION.HISTORY (SCHEMA_NAME VARCHAR(30) NOT NULL, "
                    + "VERSION INT NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, "
                    + "APPLIED_AT TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (SCHEMA_NAME, VERSION))");
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String schema) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM MIGRATION.HISTORY WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    private static void verifyApplied(String schema, List<Migration> ordered, Map<Integer, String> applied) {
        Map<Integer, Migration> byVersion = new HashMap<>();
        ordered.forEach(m -> byVersion.put(m.version(), m));
        applied.forEach((version, checksum) -> {
            Migration shipped = byVersion.get(version);
            if (shipped == null) {
                throw new MigrationException(schema + ": version " + version
                        + " was applied to this database but the installed bundle does not ship it;"
                        + " install the bundle version that matches the database, or a newer one");
            }
            if (!shipped.checksum().equals(checksum)) {
                throw new MigrationException(schema + ": script V" + version + " (" + shipped.description()
                        + ") changed after it was applied; applied scripts must never be edited,"
                        + " add a new version instead");
            }
        });
    }

    private static void apply(Connection c, String schema, Migration m) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.statements(m.sql())) {
                s.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO MIGRATION.HISTORY "
                    + "(SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, schema);
                ps.setInt(2, m.version());
                ps.setString(3, m.description());
                ps.setString(4, m.checksum());
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException(schema + ": script V" + m.version() + " (" + m.description()
                    + ") failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
