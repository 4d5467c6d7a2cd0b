package org.safeguardingkit.examples.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.safeguardingkit.core.conformance.PupilDirectoryContract;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

@DisplayName("JdbcPupilDirectory on PostgreSQL (SGKIT_TEST_POSTGRES_URL) passes the PupilDirectory contract")
class JdbcPupilDirectoryPostgresContractTest extends PupilDirectoryContract {

    private static DataSource database; // one schema per test class, emptied for every directory

    @Override
    protected PupilDirectory newDirectory(List<DirectoryEntry> pupils, List<String> staffNames) {
        if (database == null) {
            database = TestDatabases.Vendor.POSTGRESQL.create(JdbcPupilDirectoryPostgresContractTest.class);
        }
        JdbcPupilDirectory directory = JdbcPupilDirectory.of(TestDatabases.clear(database));
        pupils.forEach(directory::put);
        staffNames.forEach(directory::addStaffName);
        return directory;
    }
}
