package org.alliance.core.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolons() {
        assertThat(SqlScript.statements("CREATE TABLE A (X INT);\nCREATE TABLE B (Y INT);"))
                .containsExactly("CREATE TABLE A (X INT)", "CREATE TABLE B (Y INT)");
    }

    @Test
    void keepsASemicolonInsideQuotedText() {
        assertThat(SqlScript.statements("INSERT INTO A VALUES ('a;b'); INSERT INTO A VALUES ('c')"))
                .containsExactly("INSERT INTO A VALUES ('a;b')", "INSERT INTO A VALUES ('c')");
    }

    @Test
    void anEscapedQuoteDoesNotEndTheQuotedText() {
        assertThat(SqlScript.statements("INSERT INTO A VALUES ('it''s; fine');SELECT 1"))
                .containsExactly("INSERT INTO A VALUES ('it''s; fine')", "SELECT 1");
    }

    @Test
    void dropsLineCommentsIncludingTheirSemicolons() {
        assertThat(SqlScript.statements("-- heading; with a semicolon\nCREATE TABLE A (X INT); -- trailing note\n"))
                .containsExactly("CREATE TABLE A (X INT)");
    }

    @Test
    void dropsACommentInsideAStatement() {
        assertThat(SqlScript.statements("CREATE TABLE A ( -- the key\n  X INT\n);"))
                .singleElement()
                .satisfies(s -> assertThat(s).doesNotContain("--").doesNotContain("the key")
                        .startsWith("CREATE TABLE A (").endsWith("X INT\n)"));
    }

    @Test
    void keepsDoubleDashInsideQuotedText() {
        assertThat(SqlScript.statements("INSERT INTO A VALUES ('--not a comment; really')"))
                .containsExactly("INSERT INTO A VALUES ('--not a comment; really')");
    }

    @Test
    void aCommentOnTheLastLineWithoutNewlineIsDropped() {
        assertThat(SqlScript.statements("SELECT 1; -- done")).containsExactly("SELECT 1");
    }

    @Test
    void theLastStatementNeedsNoSemicolon() {
        assertThat(SqlScript.statements("SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void blankStatementsAreSkipped() {
        assertThat(SqlScript.statements(" ;;\n ; -- only a comment\n")).isEmpty();
    }

    @Test
    void theShippedCoreScriptSplitsIntoItsTwelveStatements() {
        assertThat(SqlScript.statements(CoreFixture.coreV1().sql()))
                .hasSize(12)
                .allSatisfy(s -> assertThat(s).startsWith("CREATE").doesNotContain("--").doesNotContain(";"));
    }
}
