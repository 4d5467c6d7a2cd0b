package org.safeguardingkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.safeguardingkit.core.conformance.ConcernStoreContract;
import org.safeguardingkit.core.spi.ConcernStore;

@DisplayName("JdbcConcernStore on H2 (embedded) passes the ConcernStore contract")
class JdbcConcernStoreH2ContractTest extends ConcernStoreContract {

    private static DataSource database; // one schema per test class, emptied for every store

    @Override
    protected ConcernStore newStore() {
        if (database == null) {
            database = TestDatabases.Vendor.H2.create(JdbcConcernStoreH2ContractTest.class);
        }
        return JdbcConcernStore.of(TestDatabases.clear(database), 4);
    }
}
