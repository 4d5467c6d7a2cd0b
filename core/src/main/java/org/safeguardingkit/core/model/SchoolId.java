package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotBlank;
/**
 * The identifier of a school, e.g. {@code school-a}.
 *
 * <p>Obtain one with {@link #of(String)}; the value is trimmed and must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param value the identifier as the source system writes it
 */
public record SchoolId(@NotBlank String value) implements Identifier, Comparable<SchoolId> {

    /** Checks the value. */
    public SchoolId {
        value = Identifier.check(value, "SchoolId");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier text, not blank
     * @return the identifier
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static SchoolId of(String value) {
        return new SchoolId(value);
    }

    @Override
    public int compareTo(SchoolId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
