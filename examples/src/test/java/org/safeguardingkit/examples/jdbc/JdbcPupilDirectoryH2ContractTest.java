package org.safeguardingkit.examples.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.safeguardingkit.core.conformance.PupilDirectoryContract;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

@DisplayName("JdbcPupilDirectory on H2 (embedded) passes the PupilDirectory contract")
class JdbcPupilDirectoryH2ContractTest extends PupilDirectoryContract {

    private static DataSource database; // one schema per test class, emptied for every directory

    @Override
    protected PupilDirectory newDirectory(List<DirectoryEntry> pupils, List<String> staffNames) {
        if (database == null) {
            database = TestDatabases.Vendor.H2.create(JdbcPupilDirectoryH2ContractTest.class);
        }
        JdbcPupilDirectory directory = JdbcPupilDirectory.of(TestDatabases.clear(database));
        pupils.forEach(directory::put);
        staffNames.forEach(directory::addStaffName);
        return directory;
    }
}
