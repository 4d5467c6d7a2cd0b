package org.safeguardingkit.review.considerations;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.categories.CategoryKind;

/**
 * How many incidents of the period carry a category.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the category code (resolved through the taxonomy when it knows it)
 * @param label the label
 * @param kind safeguarding or behavioural, if the taxonomy knows the code
 * @param count incidents with this category
 */
public record CategoryCount(String code, String label, Optional<CategoryKind> kind, long count) {

    /** Checks the fields. */
    public CategoryCount {
        Objects.requireNonNull(code, "code is required");
        label = Objects.requireNonNullElse(label, code);
        kind = Objects.requireNonNullElse(kind, Optional.empty());
    }
}
