package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * Another child involved in a concern, by reference only: a record is about one child.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the other pupil's id
 * @param role the part they played, if recorded
 */
public record OtherPupil(@NotNull @Valid PupilId id, Optional<OtherPupilRole> role) {

    /** Checks the fields. */
    public OtherPupil {
        Objects.requireNonNull(id, "otherPupils[].id is required");
        role = Objects.requireNonNullElse(role, Optional.empty());
    }

    /**
     * Another pupil with a role.
     *
     * @param id the id
     * @param role the role
     * @return the reference
     */
    public static OtherPupil of(PupilId id, OtherPupilRole role) {
        return new OtherPupil(id, Optional.of(role));
    }
}
