package org.safeguardingkit.examples.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.safeguardingkit.core.conformance.AuditLogContract;
import org.safeguardingkit.core.spi.AuditLog;

@DisplayName("JdbcAuditLog on H2 (embedded) passes the AuditLog contract")
class JdbcAuditLogH2ContractTest extends AuditLogContract {

    private static DataSource database; // one schema per test class, emptied for every log

    @Override
    protected AuditLog newLog() {
        if (database == null) {
            database = TestDatabases.Vendor.H2.create(JdbcAuditLogH2ContractTest.class);
        }
        return JdbcAuditLog.of(TestDatabases.clear(database));
    }
}
