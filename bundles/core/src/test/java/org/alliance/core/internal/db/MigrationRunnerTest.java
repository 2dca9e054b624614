package org.alliance.core.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alliance.core.internal.CoreFixture;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationRunnerTest {

    /** V2 alters V1's table and inserts a row with a primary key: it fails if run before V1 or run twice. */
    private static final Migration V1 = Migration.of("V1__create_notes.sql",
            "-- the first version\nCREATE TABLE NOTES.NOTE (ID INT PRIMARY KEY, BODY VARCHAR(100));\n");
    private static final Migration V2 = Migration.of("V2__add_author_and_seed.sql",
            "ALTER TABLE NOTES.NOTE ADD COLUMN AUTHOR VARCHAR(50);\n"
                    + "INSERT INTO NOTES.NOTE (ID, BODY, AUTHOR) VALUES (1, 'first; note', 'ann');\n");

    private final JdbcDataSource db = CoreFixture.newDatabase();
    private final Jdbc jdbc = new Jdbc(db);
    private final MigrationRunner runner = new MigrationRunner(db);

    @AfterEach
    void dropDatabase() {
        jdbc.update("SHUTDOWN");
    }

    @Test
    void appliesPendingScriptsInVersionOrderAndRecordsEach() {
        int version = runner.migrate("NOTES", List.of(V2, V1));

        assertThat(version).isEqualTo(2);
        assertThat(history("NOTES")).containsExactly("1 create notes", "2 add author and seed");
        assertThat(jdbc.query("SELECT BODY, AUTHOR FROM NOTES.NOTE", rs -> rs.getString(1) + "/" + rs.getString(2)))
                .containsExactly("first; note/ann");
    }

    @Test
    void recordsTheChecksumOfEachAppliedScript() {
        runner.migrate("NOTES", List.of(V1, V2));

        assertThat(jdbc.query("SELECT CHECKSUM FROM MIGRATION.HISTORY WHERE SCHEMA_NAME = 'NOTES' ORDER BY VERSION",
                rs -> rs.getString(1))).containsExactly(V1.checksum(), V2.checksum());
    }

    @Test
    void rerunningAnUpToDateSchemaIsANoOp() {
        runner.migrate("NOTES", List.of(V1, V2));

        int again = runner.migrate("NOTES", List.of(V1, V2));

        assertThat(again).isEqualTo(2);
        assertThat(history("NOTES")).hasSize(2);
        assertThat(jdbc.queryOne("SELECT COUNT(*) FROM NOTES.NOTE", rs -> rs.getInt(1))).contains(1);
    }

    @Test
    void appliesOnlyTheScriptAddedSinceTheLastRun() {
        assertThat(runner.migrate("NOTES", List.of(V1))).isEqualTo(1);

        assertThat(runner.migrate("NOTES", List.of(V1, V2))).isEqualTo(2);
        assertThat(history("NOTES")).containsExactly("1 create notes", "2 add author and seed");
    }

    @Test
    void refusesWhenAnAppliedScriptWasChangedNamingTheVersion() {
        runner.migrate("NOTES", List.of(V1));
        Migration edited = Migration.of("V1__create_notes.sql", V1.sql().replace("VARCHAR(100)", "VARCHAR(200)"));

        assertThatThrownBy(() -> runner.migrate("NOTES", List.of(edited, V2)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V1")
                .hasMessageContaining("changed");
        assertThat(history("NOTES")).as("V2 must not run after a refused check").containsExactly("1 create notes");
    }

    @Test
    void lineEndingsAloneDoNotCountAsAChange() {
        runner.migrate("NOTES", List.of(V1));
        Migration windowsCheckout = Migration.of("V1__create_notes.sql", V1.sql().replace("\n", "\r\n"));

        assertThat(runner.migrate("NOTES", List.of(windowsCheckout))).isEqualTo(1);
    }

    @Test
    void refusesTwoScriptsWithTheSameVersion() {
        Migration other = Migration.of("V1__something_else.sql", "CREATE TABLE NOTES.OTHER (ID INT);");

        assertThatThrownBy(() -> runner.migrate("NOTES", List.of(V1, other)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("two scripts have version 1");
        assertThat(jdbc.queryOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'NOTES'",
                rs -> rs.getInt(1))).contains(0);
    }

    @Test
    void refusesWhenTheDatabaseHasAVersionTheScriptsNoLongerShip() {
        runner.migrate("NOTES", List.of(V1, V2));

        assertThatThrownBy(() -> runner.migrate("NOTES", List.of(V1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void aFailingScriptIsNamedAndNotRecorded() {
        Migration broken = Migration.of("V2__broken.sql", "INSERT INTO NOTES.MISSING_TABLE VALUES (1);");

        assertThatThrownBy(() -> runner.migrate("NOTES", List.of(V1, broken)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2");
        assertThat(history("NOTES")).containsExactly("1 create notes");
    }

    @Test
    void schemasAreVersionedIndependently() {
        runner.migrate("NOTES", List.of(V1, V2));

        int other = runner.migrate("OTHER", List.of(Migration.of("V1__t.sql", "CREATE TABLE OTHER.T (ID INT);")));

        assertThat(other).isEqualTo(1);
        assertThat(history("OTHER")).containsExactly("1 t");
        assertThat(history("NOTES")).hasSize(2);
    }

    @Test
    void noScriptsMeansVersionZero() {
        assertThat(runner.migrate("EMPTY", List.of())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes", "1NOTES", "NOTES;DROP", "A_VERY_LONG_SCHEMA_NAME_THAT_GOES_ON"})
    void refusesAMalformedSchemaName(String schema) {
        assertThatThrownBy(() -> runner.migrate(schema, List.of(V1)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(schema);
    }

    @Test
    void theShippedCoreScriptMigratesAFreshDatabase() {
        assertThat(runner.migrate("CORE", List.of(CoreFixture.coreV1()))).isEqualTo(1);

        assertThat(jdbc.query("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'CORE'",
                rs -> rs.getString(1)))
                .containsExactlyInAnyOrder("PRACTITIONER", "CLIENT", "ENGAGEMENT", "BREAK_GLASS", "AUDIT_EVENT");
    }

    // ---- Migration.of ----

    @Test
    void migrationOfReadsVersionAndDescriptionFromTheFileName() {
        Migration m = Migration.of("V12__add_client_notes.sql", "SELECT 1;");

        assertThat(m.version()).isEqualTo(12);
        assertThat(m.description()).isEqualTo("add client notes");
        assertThat(m.checksum()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1__initial.sql", "V1_initial.sql", "V1__initial.txt", "v1__initial.sql",
            "V__initial.sql", "V1__has space.sql", "V1__.sql", "db/V1__initial.sql"})
    void migrationOfRefusesABadlyNamedFile(String fileName) {
        assertThatThrownBy(() -> Migration.of(fileName, "SELECT 1;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fileName);
    }

    private List<String> history(String schema) {
        return jdbc.query("SELECT VERSION, DESCRIPTION FROM MIGRATION.HISTORY WHERE SCHEMA_NAME = ? ORDER BY VERSION",
                rs -> rs.getInt(1) + " " + rs.getString(2), schema);
    }
}
