package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * A category whose weekly count rises well above its own baseline: consecutive spike weeks from {@code from}
 * (a Monday) to {@code to} (a Sunday).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category the category code
 * @param label the category's label
 * @param from the first day of the first spike week
 * @param to the last day of the last spike week
 * @param count incidents in the spike weeks
 * @param baseline the category's mean weekly count in the other weeks of the period
 * @param z the Poisson z-score of the highest spike week against the baseline
 * @param incidents example incident ids (at most five)
 */
public record ThemeSpike(String category, String label, LocalDate from, LocalDate to, long count, double baseline,
        double z, List<ConcernId> incidents) {

    /** Checks the fields. */
    public ThemeSpike {
        Objects.requireNonNull(category, "themes[].category is required");
        label = Objects.requireNonNullElse(label, category);
        Objects.requireNonNull(from, "themes[].from is required");
        Objects.requireNonNull(to, "themes[].to is required");
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
