package org.safeguardingkit.examples.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the JDBC store's tables with Flyway. The migrations live in
 * {@code db/migration/postgresql} and {@code db/migration/h2}, one folder per database vendor (chosen from the
 * connection's metadata).
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource);                 // default schema
 * JdbcSchema.migrate(dataSource, "safeguarding"); // a schema of its own, created if missing
 * }</pre>
 */
public final class JdbcSchema {

    /** Where the migrations are: one folder per vendor below it. */
    public static final String LOCATION = "classpath:db/migration/";

    private JdbcSchema() {
    }

    /**
     * Brings the database's default schema up to date.
     *
     * @param dataSource the database
     * @return how many migrations ran
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return run(Flyway.configure().dataSource(dataSource).locations(location(dataSource)).load());
    }

    /**
     * Brings a schema up to date, creating it if missing. Connections of the data source must use that schema by
     * default (e.g. PostgreSQL {@code currentSchema}, H2 {@code SCHEMA}) for the stores to find the tables.
     *
     * @param dataSource the database
     * @param schema the schema name
     * @return how many migrations ran
     */
    public static int migrate(DataSource dataSource, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        return run(Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations(location(dataSource)).load());
    }

    private static String location(DataSource dataSource) {
        return LOCATION + (Dialect.of(dataSource) == Dialect.POSTGRESQL ? "postgresql" : "h2");
    }

    private static int run(Flyway flyway) {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }
}
