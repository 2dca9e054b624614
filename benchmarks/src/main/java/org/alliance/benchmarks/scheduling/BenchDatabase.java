package org.alliance.benchmarks.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A durable H2 file database like the distribution's ({@code WRITE_DELAY=0}), with the
 * SCHEDULING schema as the module ships it, seeded with appointments of many therapists.
 */
final class BenchDatabase implements AutoCloseable {

    final Path folder;
    final JdbcDataSource dataSource = new JdbcDataSource();
    /** Pooled like the distribution's DataSource (dbcp2): opening an H2 session per transaction would dominate. */
    final JdbcConnectionPool pool;
    private final Connection keepOpen;

    BenchDatabase() throws IOException, SQLException {
        folder = Files.createTempDirectory("alliance-bench-");
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("bench") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        keepOpen = dataSource.getConnection();
        pool = JdbcConnectionPool.create(dataSource);
        pool.setMaxConnections(16);
        try (Statement st = keepOpen.createStatement()) {
            st.execute("CREATE SCHEMA SCHEDULING");
            for (String name : java.util.List.of("V1__appointments.sql", "V2__rooms.sql", "V3__start_index.sql")) {
                try (InputStream in = BenchDatabase.class.getResourceAsStream("/db/migration/SCHEDULING/" + name)) {
                    String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                    for (String sql : script.split(";")) {
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                    }
                }
            }
        }
    }

    /** The secondary indexes of APPOINTMENT, dropped while seeding and built again afterwards. */
    private static final String[][] INDEXES = {
        {"APPOINTMENT_THERAPIST_START", "THERAPIST_ID, START_AT"},
        {"APPOINTMENT_CLIENT_START", "CLIENT_ID, START_AT"},
        {"APPOINTMENT_ROOM_START", "ROOM_ID, START_AT"},
        {"APPOINTMENT_SERIES_START", "SERIES_ID, START_AT"},
        {"APPOINTMENT_ENGAGEMENT_START", "ENGAGEMENT_ID, START_AT"},
        {"APPOINTMENT_START", "START_AT"},
    };

    /**
     * Adds {@code count} booked 50-minute sessions of {@code therapists} therapists spread over
     * five years from {@code from}, in one INSERT ... SELECT inside the database, with the
     * indexes built afterwards. (Row-by-row JDBC batches with the indexes in place took over
     * 15 minutes and 13 GB for a million rows.)
     */
    void seed(int count, int therapists, Instant from) throws SQLException {
        long spanMinutes = Duration.ofDays(5 * 365).toMinutes();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY 500");
            for (String[] index : INDEXES) {
                st.execute("DROP INDEX SCHEDULING." + index[0]);
            }
            // Ids are random like the service's; therapists are 200 fixed UUIDs; starts spread uniformly.
            st.execute("INSERT INTO SCHEDULING.APPOINTMENT (ID, ENGAGEMENT_ID, CLIENT_ID, THERAPIST_ID, KIND, START_AT, "
                    + "END_AT, LOCATION, STATUS, CREATED_AT) SELECT RANDOM_UUID(), RANDOM_UUID(), RANDOM_UUID(), "
                    + "CAST('00000000-0000-4000-8000-' || LPAD(CAST(MOD(X, " + therapists + ") AS VARCHAR), 12, '0') AS UUID), "
                    + "'SESSION', T, DATEADD(MINUTE, 50, T), 'IN_PERSON', 'BOOKED', T FROM (SELECT X, "
                    + "DATEADD(MINUTE, MOD(X * 7919, " + spanMinutes + "), TIMESTAMP WITH TIME ZONE '"
                    + from.atOffset(ZoneOffset.UTC) + "') T FROM SYSTEM_RANGE(1, " + count + "))");
            for (String[] index : INDEXES) {
                st.execute("CREATE INDEX SCHEDULING." + index[0] + " ON SCHEDULING.APPOINTMENT (" + index[1] + ")");
            }
            st.execute("SET WRITE_DELAY 0");
            st.execute("CHECKPOINT SYNC");
        }
    }

    /** A full week for one therapist: {@code sessions} sessions on weekdays from 08:00 UTC, one an hour. */
    void week(UUID therapistId, Instant monday, int sessions) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO SCHEDULING.APPOINTMENT (ID, ENGAGEMENT_ID, CLIENT_ID, THERAPIST_ID, KIND, START_AT, END_AT, "
                        + "LOCATION, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, 'SESSION', ?, ?, 'IN_PERSON', 'BOOKED', ?)")) {
            for (int i = 0; i < sessions; i++) {
                Instant start = monday.plus(Duration.ofDays(i / 8)).plus(Duration.ofHours(8 + i % 8));
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.randomUUID());
                ps.setObject(3, UUID.randomUUID());
                ps.setObject(4, therapistId);
                ps.setObject(5, start.atOffset(ZoneOffset.UTC));
                ps.setObject(6, start.plus(Duration.ofMinutes(50)).atOffset(ZoneOffset.UTC));
                ps.setObject(7, monday.atOffset(ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        pool.dispose();
        keepOpen.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
