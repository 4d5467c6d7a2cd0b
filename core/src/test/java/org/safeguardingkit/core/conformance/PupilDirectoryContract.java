package org.safeguardingkit.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

/**
 * The conformance kit for {@link PupilDirectory}: extend it and implement {@link #newDirectory(List, List)}, which
 * loads the given fixture into your directory. Checks clauses D1..D5 of {@code docs/storage.md}.
 */
@DisplayName("PupilDirectory contract")
public abstract class PupilDirectoryContract {

    /**
     * A directory holding exactly these pupils and staff names.
     *
     * @param pupils the pupils, ids unique
     * @param staffNames names of staff
     * @return the directory
     */
    protected abstract PupilDirectory newDirectory(List<DirectoryEntry> pupils, List<String> staffNames);

    private static final DirectoryEntry AMY = new DirectoryEntry(PupilId.of("p-2"), List.of("Amy", "Amy O'Neill"),
            Optional.of(FamilyId.of("f-1")), List.of("Mrs O'Neill", "Dave O'Neill"));
    private static final DirectoryEntry BEN = new DirectoryEntry(PupilId.of("p-1"), List.of("Ben O'Neill"),
            Optional.of(FamilyId.of("f-1")), List.of("Mrs O'Neill"));
    private static final DirectoryEntry ZOE = new DirectoryEntry(PupilId.of("p-3"), List.of("Zoë Łukasz-Smith"),
            Optional.empty(), List.of());
    private static final DirectoryEntry KAI = new DirectoryEntry(PupilId.of("p-4"), List.of(" Kai ", ""),
            Optional.of(FamilyId.of("f-2")), List.of());

    /** The directory under test. */
    protected PupilDirectory directory;

    @BeforeEach
    void createDirectory() {
        directory = newDirectory(List.of(AMY, BEN, ZOE, KAI), List.of("Mr Patel", "Ms Ng"));
    }

    @Nested
    @DisplayName("finding pupils")
    class Finding {

        @Test
        @DisplayName("D1 a known pupil's entry is found, equal to the one loaded")
        void d1() {
            assertThat(directory.find(PupilId.of("p-2"))).contains(AMY);
            assertThat(directory.find(PupilId.of("p-3"))).contains(ZOE);
        }

        @Test
        @DisplayName("D2 an unknown pupil finds nothing")
        void d2() {
            assertThat(directory.find(PupilId.of("p-99"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("families")
    class Families {

        @Test
        @DisplayName("D3 family gives every pupil of the family, in order of pupil id, and no one else")
        void d3() {
            assertThat(directory.family(FamilyId.of("f-1"))).containsExactly(BEN, AMY);
            assertThat(directory.family(FamilyId.of("f-2"))).containsExactly(KAI);
        }

        @Test
        @DisplayName("D4 an unknown family gives an empty list")
        void d4() {
            assertThat(directory.family(FamilyId.of("f-99"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("redaction")
    class Redaction {

        @Test
        @DisplayName("D5 namesToRedact holds every pupil, family member and staff name once, stripped, none blank")
        void d5() {
            try (Stream<String> names = directory.namesToRedact()) {
                assertThat(names.toList()).containsExactlyInAnyOrder("Amy", "Amy O'Neill", "Mrs O'Neill",
                        "Dave O'Neill", "Ben O'Neill", "Zoë Łukasz-Smith", "Kai", "Mr Patel", "Ms Ng");
            }
        }
    }
}
