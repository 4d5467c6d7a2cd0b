package org.safeguardingkit.core.model;

/**
 * An identifier: a small value type wrapping the text an MIS uses as a key.
 *
 * <p>Identifiers are never blank. They are compared by value.
 */
public sealed interface Identifier permits ConcernId, PupilId, StaffId, SchoolId, FamilyId {

    /**
     * The identifier as text.
     *
     * @return the value, never blank
     */
    String value();

    /**
     * Checks an identifier's text: not null, not blank; trimmed.
     *
     * @param value the text
     * @param type the identifier type, named in the message
     * @return the trimmed text
     * @throws IllegalArgumentException if null or blank
     */
    static String check(String value, String type) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("SGK-0001: " + type + " must not be blank");
        }
        return value.strip();
    }
}
