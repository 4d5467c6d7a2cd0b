package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotBlank;
/**
 * The identifier of a member of staff, e.g. {@code s-7}.
 *
 * <p>Obtain one with {@link #of(String)}; the value is trimmed and must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param value the identifier as the source system writes it
 */
public record StaffId(@NotBlank String value) implements Identifier, Comparable<StaffId> {

    /** Checks the value. */
    public StaffId {
        value = Identifier.check(value, "StaffId");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier text, not blank
     * @return the identifier
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
