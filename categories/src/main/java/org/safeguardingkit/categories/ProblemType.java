package org.safeguardingkit.categories;

/**
 * What is wrong with a taxonomy document, each with a stable code.
 */
public enum ProblemType {
    /** The file is not well-formed JSON or YAML, or could not be read. */
    SYNTAX("SGK-0201"),
    /** A required field is missing or blank. */
    MISSING_FIELD("SGK-0202"),
    /** A field has a value of the wrong type or an unknown value (e.g. an unknown flag). */
    INVALID_VALUE("SGK-0203"),
    /** A field the format does not know (often a typo). */
    UNKNOWN_FIELD("SGK-0204"),
    /** Two categories share a code (ignoring case and punctuation). */
    DUPLICATE_CODE("SGK-0205"),
    /** A {@code parent} names no category. */
    UNKNOWN_PARENT("SGK-0206"),
    /** Parents or successors form a cycle. */
    CYCLE("SGK-0207"),
    /** A category has no definition. */
    MISSING_DEFINITION("SGK-0208"),
    /** A severity outside 1..5. */
    BAD_SEVERITY("SGK-0209"),
    /** An alias equals another category's code or alias. */
    ALIAS_CLASH("SGK-0211"),
    /** A retired code is used again by a current category. */
    RETIRED_CODE_REUSED("SGK-0212"),
    /** A retired code's successor names no category. */
    UNKNOWN_SUCCESSOR("SGK-0213");

    private final String code;

    ProblemType(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code "SGK-0205"}. */
    public String code() {
        return code;
    }
}
