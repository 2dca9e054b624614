package org.alliance.core.internal.db;

import java.sql.SQLException;

/** The database failed in a way the user cannot fix; answered with a 500 and logged once. */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String what, SQLException cause) {
        super("Database error during " + abbreviate(what) + ": " + cause.getMessage(), cause);
    }

    /** Whether the cause is a unique-key violation (SQLState class 23, H2 code 23505). */
    public boolean isDuplicateKey() {
        return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    private static String abbreviate(String sql) {
        return sql.length() > 60 ? sql.substring(0, 60) + "..." : sql;
    }
}
