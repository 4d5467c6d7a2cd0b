package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.Objects;

import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.anonymise.Anonymiser;

/**
 * What turning the trend summaries into trends needs (internal): how to show pupils, the thresholds and the days
 * the review covers (the period, narrowed to the days that have incidents).
 *
 * @param anonymiser shows pupils
 * @param thresholds the thresholds
 * @param firstDay the first day covered
 * @param lastDay the last day covered
 */
public record TrendContext(Anonymiser anonymiser, ReviewThresholds thresholds, LocalDate firstDay,
        LocalDate lastDay) {

    /** Checks the fields. */
    public TrendContext {
        Objects.requireNonNull(anonymiser, "anonymiser");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
