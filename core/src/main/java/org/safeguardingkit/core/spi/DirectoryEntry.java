package org.safeguardingkit.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;

/**
 * What a {@link PupilDirectory} knows of a pupil: names (for redaction) and family links. Never rendered.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the pupil
 * @param names the pupil's names: given, family, preferred, ...
 * @param familyId the family, linking siblings
 * @param familyMemberNames names of parents, carers and other family members
 */
public record DirectoryEntry(PupilId id, List<String> names, Optional<FamilyId> familyId,
        List<String> familyMemberNames) {

    /** Checks the fields. */
    public DirectoryEntry {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(Objects.requireNonNullElse(names, List.of()));
        familyId = Objects.requireNonNullElse(familyId, Optional.empty());
        familyMemberNames = List.copyOf(Objects.requireNonNullElse(familyMemberNames, List.of()));
    }
}
