package org.safeguardingkit.review.considerations;

import java.util.List;
import java.util.Objects;

/**
 * How incidents are responded to: by kind, by category, and the HSB or safeguarding categories met only with
 * sanctions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byKind response counts per kind
 * @param byCategory response counts per category
 * @param sanctionOnly HSB or safeguarding categories whose incidents were met only with sanctions
 */
public record ResponsePatterns(List<KindResponses> byKind, List<CategoryResponses> byCategory,
        List<SanctionOnlyFlag> sanctionOnly) {

    /** Checks the fields. */
    public ResponsePatterns {
        byKind = List.copyOf(Objects.requireNonNullElse(byKind, List.of()));
        byCategory = List.copyOf(Objects.requireNonNullElse(byCategory, List.of()));
        sanctionOnly = List.copyOf(Objects.requireNonNullElse(sanctionOnly, List.of()));
    }
}
