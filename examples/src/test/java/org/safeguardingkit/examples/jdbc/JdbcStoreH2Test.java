package org.safeguardingkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC store on H2 (embedded)")
class JdbcStoreH2Test extends JdbcStoreScenarios {

    private DataSource database;

    @Override
    DataSource database() {
        if (database == null) {
            database = TestDatabases.h2();  // a new instance, so a new database, for every test
        }
        return database;
    }
}
