package org.safeguardingkit.review.considerations;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.categories.CategoryKind;

/**
 * How incidents of one category were responded to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the category code
 * @param label the label
 * @param kind safeguarding or behavioural, if known
 * @param counts the response counts
 */
public record CategoryResponses(String code, String label, Optional<CategoryKind> kind, ResponseCounts counts) {

    /** Checks the fields. */
    public CategoryResponses {
        Objects.requireNonNull(code, "code is required");
        label = Objects.requireNonNullElse(label, code);
        kind = Objects.requireNonNullElse(kind, Optional.empty());
        Objects.requireNonNull(counts, "counts is required");
    }
}
