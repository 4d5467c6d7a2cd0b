package org.safeguardingkit.review.considerations;

import java.util.List;
import java.util.Objects;

/**
 * What types of incidents are recorded: counts by kind and by category over the whole period. An incident with both
 * a safeguarding and a behavioural category counts in both kinds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incidents incidents in the period
 * @param safeguarding incidents with at least one safeguarding category
 * @param behavioural incidents with at least one behavioural category
 * @param uncategorised incidents with no category the taxonomy knows
 * @param byCategory counts per category, most frequent first
 */
public record IncidentTypes(long incidents, long safeguarding, long behavioural, long uncategorised,
        List<CategoryCount> byCategory) {

    /** Checks the fields. */
    public IncidentTypes {
        byCategory = List.copyOf(Objects.requireNonNullElse(byCategory, List.of()));
    }
}
