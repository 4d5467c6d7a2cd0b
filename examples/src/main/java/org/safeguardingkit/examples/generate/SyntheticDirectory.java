package org.safeguardingkit.examples.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

/**
 * The synthetic school's pupil directory, computed from the cohort (nothing stored). Thread-safe.
 */
final class SyntheticDirectory implements PupilDirectory {

    private final Cohort cohort;
    private final Staffroom staff;

    SyntheticDirectory(Cohort cohort, Staffroom staff) {
        this.cohort = cohort;
        this.staff = staff;
    }

    private static int index(String id, String prefix) {
        if (!id.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(prefix.length())) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private DirectoryEntry entry(int i) {
        return new DirectoryEntry(cohort.id(i), List.of(cohort.firstName(i), cohort.surname(i)),
                cohort.pupil(i).familyId(), cohort.familyAdults(i));
    }

    @Override
    public Optional<DirectoryEntry> find(PupilId id) {
        int i = index(id.value(), "p-");
        return i >= 0 && i < cohort.size() ? Optional.of(entry(i)) : Optional.empty();
    }

    @Override
    public List<DirectoryEntry> family(FamilyId family) {
        int root = index(family.value(), "f-");
        List<DirectoryEntry> out = new ArrayList<>();
        if (root < 0 || root >= cohort.size() || cohort.family(root) != root) {
            return out;
        }
        out.add(entry(root));
        for (int i = root + 1; i < cohort.size() && cohort.family(i) == root; i++) {
            out.add(entry(i));
        }
        return out;
    }

    @Override
    public Stream<String> namesToRedact() {
        Stream<String> pupils = IntStream.range(0, cohort.size()).boxed()
                .flatMap(i -> Stream.concat(Stream.of(cohort.firstName(i), cohort.surname(i)),
                        cohort.familyAdults(i).stream()));
        return Stream.concat(pupils, staff.surnames().stream()).distinct();
    }
}
