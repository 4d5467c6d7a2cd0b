package org.safeguardingkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.safeguardingkit.core.conformance.AuditLogContract;
import org.safeguardingkit.core.spi.AuditLog;

@DisplayName("JdbcAuditLog on PostgreSQL (SGKIT_TEST_POSTGRES_URL) passes the AuditLog contract")
class JdbcAuditLogPostgresContractTest extends AuditLogContract {

    private static DataSource database; // one schema per test class, emptied for every log

    @Override
    protected AuditLog newLog() {
        if (database == null) {
            database = TestDatabases.Vendor.POSTGRESQL.create(JdbcAuditLogPostgresContractTest.class);
        }
        return JdbcAuditLog.of(TestDatabases.clear(database));
    }
}
