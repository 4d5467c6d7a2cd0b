package org.safeguardingkit.review.considerations;

import java.util.Objects;

import org.safeguardingkit.categories.CategoryKind;

/**
 * How incidents of one kind (safeguarding or behavioural) were responded to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind
 * @param counts the response counts
 */
public record KindResponses(CategoryKind kind, ResponseCounts counts) {

    /** Checks the fields. */
    public KindResponses {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(counts, "counts is required");
    }
}
