package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotBlank;
/**
 * The identifier of a pupil, e.g. {@code p-42}. Stable across records of the same child.
 *
 * <p>Obtain one with {@link #of(String)}; the value is trimmed and must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param value the identifier as the source system writes it
 */
public record PupilId(@NotBlank String value) implements Identifier, Comparable<PupilId> {

    /** Checks the value. */
    public PupilId {
        value = Identifier.check(value, "PupilId");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier text, not blank
     * @return the identifier
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static PupilId of(String value) {
        return new PupilId(value);
    }

    @Override
    public int compareTo(PupilId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
