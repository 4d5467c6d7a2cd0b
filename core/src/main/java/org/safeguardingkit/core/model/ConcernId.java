package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotBlank;
/**
 * The identifier of one concern record, e.g. {@code c-000123}.
 *
 * <p>Obtain one with {@link #of(String)}; the value is trimmed and must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param value the identifier as the source system writes it
 */
public record ConcernId(@NotBlank String value) implements Identifier, Comparable<ConcernId> {

    /** Checks the value. */
    public ConcernId {
        value = Identifier.check(value, "ConcernId");
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier text, not blank
     * @return the identifier
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static ConcernId of(String value) {
        return new ConcernId(value);
    }

    @Override
    public int compareTo(ConcernId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
