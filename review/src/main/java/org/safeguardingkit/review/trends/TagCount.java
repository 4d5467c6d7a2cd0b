package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * How often a vendor-supplied theme tag ({@code Concern.tags()}) occurs in the period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tag the tag, normalised to lower case
 * @param count incidents with the tag
 * @param first the first day it occurs
 * @param last the last day it occurs
 * @param incidents example incident ids (at most five)
 */
public record TagCount(String tag, long count, LocalDate first, LocalDate last, List<ConcernId> incidents) {

    /** Checks the fields. */
    public TagCount {
        Objects.requireNonNull(tag, "tags[].tag is required");
        Objects.requireNonNull(first, "tags[].first is required");
        Objects.requireNonNull(last, "tags[].last is required");
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
