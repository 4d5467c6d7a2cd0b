package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguardingkit.core.model.constraints.YearGroup;

/**
 * The child a concern is about. One record is about one child: other children appear only as {@link OtherPupil}
 * references.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the pupil's identifier, required
 * @param sex the pupil's sex, if recorded
 * @param yearGroup the year group: Nursery = -1, Reception = 0, then 1..14
 * @param dateOfBirth the date of birth, if recorded (never shown in a review)
 * @param familyId links siblings, also across schools
 */
public record Pupil(@NotNull @Valid PupilId id, Optional<Sex> sex,
        @YearGroup OptionalInt yearGroup, Optional<@PastOrPresent LocalDate> dateOfBirth,
        Optional<@Valid FamilyId> familyId) {

    /** The lowest year group, Nursery. */
    public static final int NURSERY = -1;
    /** Reception. */
    public static final int RECEPTION = 0;
    /** The highest year group. */
    public static final int MAX_YEAR_GROUP = 14;

    /** Checks the fields. */
    public Pupil {
        Objects.requireNonNull(id, "pupil.id is required");
        sex = Objects.requireNonNullElse(sex, Optional.empty());
        yearGroup = Objects.requireNonNullElse(yearGroup, OptionalInt.empty());
        dateOfBirth = Objects.requireNonNullElse(dateOfBirth, Optional.empty());
        familyId = Objects.requireNonNullElse(familyId, Optional.empty());
        if (yearGroup.isPresent() && (yearGroup.getAsInt() < NURSERY || yearGroup.getAsInt() > MAX_YEAR_GROUP)) {
            throw new IllegalArgumentException("SGK-0002: pupil.yearGroup must be between -1 (Nursery) and 14, was "
                    + yearGroup.getAsInt());
        }
    }

    /**
     * Obtains a pupil known only by id.
     *
     * @param id the pupil's id
     * @return the pupil
     */
    public static Pupil of(PupilId id) {
        return new Pupil(id, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a pupil with sex and year group, the details a review shows.
     *
     * @param id the pupil's id
     * @param sex the sex
     * @param yearGroup the year group
     * @return the pupil
     */
    public static Pupil of(PupilId id, Sex sex, int yearGroup) {
        return new Pupil(id, Optional.of(sex), OptionalInt.of(yearGroup), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with the given family.
     *
     * @param family the family id
     * @return a copy
     */
    public Pupil withFamilyId(FamilyId family) {
        return new Pupil(id, sex, yearGroup, dateOfBirth, Optional.of(family));
    }

    /**
     * Returns a copy with the given date of birth.
     *
     * @param date the date of birth
     * @return a copy
     */
    public Pupil withDateOfBirth(LocalDate date) {
        return new Pupil(id, sex, yearGroup, Optional.of(date), familyId);
    }
}
