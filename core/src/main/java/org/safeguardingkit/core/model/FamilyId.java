package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotBlank;
/**
 * The identifier of a family, linking siblings, also across schools.
 *
 * <p>Obtain one with {@link #of(String)}; the value is trimmed and must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param value the identifier as the source system writes it
 */
public record FamilyId(@NotBlank String value) implements Identifier, Comparable<FamilyId> {

    /** Checks the value. */
    public FamilyId {
        value = Identifier.check(value, "FamilyId");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier text, not blank
     * @return the identifier
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static FamilyId of(String value) {
        return new FamilyId(value);
    }

    @Override
    public int compareTo(FamilyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
