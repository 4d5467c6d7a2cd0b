package org.safeguardingkit.review;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.OtherPupilRole;

/**
 * Another student involved in an incident, by pseudonym, with their role.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pupil the pseudonym
 * @param role the role, if recorded
 */
public record InvolvedPupil(String pupil, Optional<OtherPupilRole> role) {

    /** Checks the fields. */
    public InvolvedPupil {
        Objects.requireNonNull(pupil, "otherStudents[].pupil is required");
        role = Objects.requireNonNullElse(role, Optional.empty());
    }
}
