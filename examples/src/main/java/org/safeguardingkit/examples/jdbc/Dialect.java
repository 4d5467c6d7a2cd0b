package org.safeguardingkit.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/** The few SQL differences between the databases the JDBC store supports (internal). */
enum Dialect {
    /** PostgreSQL: documents are {@code jsonb}. */
    POSTGRESQL("CAST(? AS JSONB)"),
    /** H2 (and others): documents are JSON text. */
    STANDARD("?");

    /** SQL states (and H2 codes) that mean another writer got there first. */
    private static final Set<String> CONFLICT_STATES = Set.of(
            "23505", // unique violation (both)
            "40001", // serialization failure
            "40P01", // PostgreSQL deadlock
            "90131", // H2 concurrent update
            "HYT00"); // H2 lock timeout

    private final String documentParameter;

    Dialect(String documentParameter) {
        this.documentParameter = documentParameter;
    }

    /** @return the SQL placeholder for a JSON document parameter */
    String documentParameter() {
        return documentParameter;
    }

    static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : STANDARD;
        } catch (SQLException e) {
            throw new JdbcStoreException("connect", e);
        }
    }

    static boolean isConflict(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && CONFLICT_STATES.contains(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
