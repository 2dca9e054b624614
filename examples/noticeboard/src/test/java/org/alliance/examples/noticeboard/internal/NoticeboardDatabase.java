package org.alliance.examples.noticeboard.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with the noticeboard's own migration scripts applied, as core's
 * migrator applies them in the server: the schema is created first, then each script in version
 * order, split into statements at semicolons outside quotes, with {@code --} comments dropped.
 */
final class NoticeboardDatabase implements AutoCloseable {

    static final String SCHEMA = "MOD_NOTICEBOARD";
    static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    final JdbcDataSource dataSource = new JdbcDataSource();

    NoticeboardDatabase() {
        dataSource.setURL("jdbc:h2:mem:noticeboard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute(List.of("CREATE SCHEMA " + SCHEMA));
        for (Path script : scripts()) {
            execute(statements(read(script)));
        }
    }

    /** The shipped scripts, in version order. */
    static List<Path> scripts() {
        try (Stream<Path> files = Files.list(Path.of(NoticeboardDatabase.class.getResource("/db/migration/" + SCHEMA).toURI()))) {
            return files.sorted(Comparator.comparingInt(NoticeboardDatabase::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int version(Path script) {
        Matcher m = SCRIPT_NAME.matcher(script.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    static String read(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script, split the way core's migrator splits them. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\n")) {
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (!quoted && line.startsWith("--", i)) {
                    break;
                }
                if (ch == '\'') {
                    quoted = !quoted;
                }
                if (ch == ';' && !quoted) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(ch);
                }
            }
            current.append('\n');
        }
        statements.add(current.toString().strip());
        return statements.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** How many rows the notice table holds, archived ones included. */
    int storedNotices() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".NOTICE")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(List<String> statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        execute(List.of("SHUTDOWN"));
    }
}
