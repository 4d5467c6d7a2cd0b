package org.safeguardingkit.review;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.categories.CategoryKind;

/**
 * A behaviour category of a row: code, label and kind (safeguarding or behavioural). A code the taxonomy does not
 * know keeps its code as label and has no kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the category code as recorded
 * @param label the taxonomy's label
 * @param kind safeguarding or behavioural, if the taxonomy knows the code
 */
public record CategoryEntry(String code, String label, Optional<CategoryKind> kind) {

    /** Checks the fields. */
    public CategoryEntry {
        Objects.requireNonNull(code, "categories[].code is required");
        label = Objects.requireNonNullElse(label, code);
        kind = Objects.requireNonNullElse(kind, Optional.empty());
    }
}
