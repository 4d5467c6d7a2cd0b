package org.safeguardingkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on PostgreSQL (SGKIT_TEST_POSTGRES_URL)")
class JdbcStorePostgresTest extends JdbcStoreScenarios {

    private static DataSource database;

    @Override
    DataSource database() {
        if (database == null) {
            // skips (or, with SGKIT_REQUIRE_POSTGRES=true, fails) each test when there is no server
            database = TestDatabases.postgres(JdbcStorePostgresTest.class);
        }
        return database;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabases.clear(database());
    }
}
