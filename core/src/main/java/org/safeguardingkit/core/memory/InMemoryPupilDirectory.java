package org.safeguardingkit.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

/**
 * A {@link PupilDirectory} over a fixed list of pupils and staff names, e.g. loaded from an MIS export.
 *
 * <pre>{@code
 * PupilDirectory directory = InMemoryPupilDirectory.of(entries, List.of("Mrs Patel"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InMemoryPupilDirectory implements PupilDirectory {

    private final Map<PupilId, DirectoryEntry> pupils;
    private final List<String> names;

    private InMemoryPupilDirectory(Map<PupilId, DirectoryEntry> pupils, List<String> names) {
        this.pupils = pupils;
        this.names = names;
    }

    /**
     * A directory of pupils and the names of staff.
     *
     * @param entries the pupils, ids unique
     * @param staffNames names of staff members, to be redacted like pupils' names
     * @return the directory
     * @throws IllegalArgumentException if a pupil id appears twice
     */
    public static InMemoryPupilDirectory of(Collection<DirectoryEntry> entries, Collection<String> staffNames) {
        Map<PupilId, DirectoryEntry> pupils = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (DirectoryEntry entry : entries) {
            if (pupils.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("SGK-0810: pupil " + entry.id() + " appears twice in the directory");
            }
            addNames(names, entry.names());
            addNames(names, entry.familyMemberNames());
        }
        addNames(names, staffNames);
        return new InMemoryPupilDirectory(Map.copyOf(pupils), List.copyOf(names));
    }

    /**
     * A directory of pupils, without staff names.
     *
     * @param entries the pupils, ids unique
     * @return the directory
     */
    public static InMemoryPupilDirectory of(Collection<DirectoryEntry> entries) {
        return of(entries, List.of());
    }

    private static void addNames(Set<String> target, Collection<String> names) {
        for (String name : names) {
            String n = Objects.requireNonNull(name, "name").strip();
            if (!n.isEmpty()) {
                target.add(n);
            }
        }
    }

    @Override
    public Optional<DirectoryEntry> find(PupilId id) {
        return Optional.ofNullable(pupils.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<DirectoryEntry> family(FamilyId family) {
        Objects.requireNonNull(family, "family");
        List<DirectoryEntry> result = new ArrayList<>();
        for (DirectoryEntry entry : pupils.values()) {
            if (entry.familyId().filter(family::equals).isPresent()) {
                result.add(entry);
            }
        }
        result.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(result);
    }

    @Override
    public Stream<String> namesToRedact() {
        return names.stream();
    }
}
