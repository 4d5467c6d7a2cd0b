package org.safeguardingkit.core.memory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.conformance.PupilDirectoryContract;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

class InMemoryPupilDirectoryTest extends PupilDirectoryContract {

    @Override
    protected PupilDirectory newDirectory(List<DirectoryEntry> pupils, List<String> staffNames) {
        return InMemoryPupilDirectory.of(pupils, staffNames);
    }

    @Test
    void rejectsAPupilTwice() {
        DirectoryEntry e = new DirectoryEntry(PupilId.of("p-1"), List.of(), Optional.empty(), List.of());
        assertThatThrownBy(() -> InMemoryPupilDirectory.of(List.of(e, e))).hasMessageStartingWith("SGK-0810");
    }
}
