package org.safeguardingkit.review;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.Sex;

/**
 * The student details column of a row: pseudonym, sex and year group. Never a date of birth.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pupil the pupil's pseudonym (or id when the review is not anonymised)
 * @param sex the sex, if recorded
 * @param yearGroup the year group, if recorded (Nursery = -1, Reception = 0)
 */
public record Student(String pupil, Optional<Sex> sex, Optional<Integer> yearGroup) {

    /** Checks the fields. */
    public Student {
        Objects.requireNonNull(pupil, "student.pupil is required");
        sex = Objects.requireNonNullElse(sex, Optional.empty());
        yearGroup = Objects.requireNonNullElse(yearGroup, Optional.empty());
    }
}
