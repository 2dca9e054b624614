package org.alliance.core.internal.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons outside single-quoted strings, and
 * drops {@code --} line comments. Scripts must not use block comments or quoted identifiers
 * containing semicolons.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (!inString && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
                continue;
            }
            if (ch == '\'') {
                inString = !inString;
            }
            if (ch == ';' && !inString) {
                addIfNotBlank(statements, current);
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder sql) {
        String statement = sql.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }
}
