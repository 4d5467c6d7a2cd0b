package org.safeguardingkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for the JDBC store's tests: a fresh embedded H2 database, or a fresh schema on the PostgreSQL server
 * named by {@code SGKIT_TEST_POSTGRES_URL}.
 *
 * <p>Without that variable the PostgreSQL tests are skipped (a JUnit assumption that names it), unless
 * {@code SGKIT_REQUIRE_POSTGRES=true}, when they fail: CI must never pass them silently.
 */
final class TestDatabases {

    /** The JDBC URL of a PostgreSQL database the tests may create schemas in. */
    static final String URL_VARIABLE = "SGKIT_TEST_POSTGRES_URL";
    /** Set to {@code true} to make a missing PostgreSQL a failure instead of a skip. */
    static final String REQUIRE_VARIABLE = "SGKIT_REQUIRE_POSTGRES";

    private static final String[] TABLES = {
        "sgk_concern_category", "sgk_concern", "sgk_pupil", "sgk_staff_name", "sgk_audit_event"
    };

    private TestDatabases() {
    }

    /** The two databases the store runs on. */
    enum Vendor {
        H2, POSTGRESQL;

        /**
         * A new, migrated database (H2) or schema (PostgreSQL) for a test class.
         *
         * @param owner the test class
         * @return the database
         */
        DataSource create(Class<?> owner) {
            return this == H2 ? h2() : postgres(owner);
        }
    }

    /** @return a new, empty, migrated in-memory H2 database, pooled */
    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sgk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(16);
        JdbcSchema.migrate(pool);
        return pool;
    }

    /**
     * A new schema on the test PostgreSQL server, migrated; skips or fails the calling tests when there is none.
     *
     * @param owner the test class, named in the schema
     * @return a pooled data source whose connections use the new schema
     */
    static DataSource postgres(Class<?> owner) {
        String url = System.getenv(URL_VARIABLE);
        boolean required = "true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE));
        if (url == null || url.isBlank()) {
            String hint = "; set it to a database the tests may create schemas in, e.g. " + URL_VARIABLE
                    + "=jdbc:postgresql://127.0.0.1:55432/sgkit_ci?user=sgkit (.ci/run starts one)";
            if (required) {
                fail(REQUIRE_VARIABLE + "=true but " + URL_VARIABLE + " is not set: the PostgreSQL tests of "
                        + owner.getSimpleName() + " cannot run" + hint);
            }
            abort(URL_VARIABLE + " is not set: skipping the PostgreSQL tests of " + owner.getSimpleName() + hint);
        }
        String schema = ("sgk_" + owner.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot reach the PostgreSQL server at " + URL_VARIABLE + " (SQL state " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
        PGConnectionPoolDataSource pooled = new PGConnectionPoolDataSource();
        pooled.setURL(url);
        pooled.setCurrentSchema(schema);
        // a pool (H2's generic one) so that each store call does not open a new server connection
        JdbcConnectionPool pool = JdbcConnectionPool.create(pooled);
        pool.setMaxConnections(16);
        JdbcSchema.migrate(pool, schema);
        return pool;
    }

    /**
     * Empties every table of the store, so that a test class can reuse its database.
     *
     * @param ds the database
     * @return the database
     */
    static DataSource clear(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
            s.executeUpdate("UPDATE sgk_audit_sequence SET last = 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ds;
    }
}
