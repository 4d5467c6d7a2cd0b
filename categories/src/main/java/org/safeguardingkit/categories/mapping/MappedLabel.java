package org.safeguardingkit.categories.mapping;

import java.util.Objects;

/**
 * A vendor label mapped to a current taxonomy code, and how.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label the vendor's label, as given
 * @param code  the current taxonomy code
 * @param match how it was matched
 */
public record MappedLabel(String label, String code, Match match) {

    /** How a label was matched, from most to least certain. */
    public enum Match {
        /** The label is in the explicit label map. */
        TABLE,
        /** The label is exactly a current code. */
        CODE,
        /** The label is exactly a category's label. */
        LABEL,
        /** The label is exactly an alias or a retired code. */
        ALIAS,
        /** The label matches a code, alias or label once case and punctuation are ignored. */
        NORMALISED
    }

    /** Checks that no field is null. */
    public MappedLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(match, "match");
    }
}
