package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * A pupil with repeated incidents: at least the threshold number of incidents (as the subject child) within a
 * sliding window of days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pupil the pupil's pseudonym (or id, when the review is not anonymised)
 * @param maxInWindow the largest number of incidents in any window
 * @param windowDays the window, in days
 * @param from the first day of the busiest window
 * @param to the last day of the busiest window
 * @param total the pupil's incidents in the whole period
 * @param incidents incident ids in the busiest window (at most five)
 */
public record RepeatedPupil(String pupil, int maxInWindow, int windowDays, LocalDate from, LocalDate to, int total,
        List<ConcernId> incidents) {

    /** Checks the fields. */
    public RepeatedPupil {
        Objects.requireNonNull(pupil, "repeated[].pupil is required");
        Objects.requireNonNull(from, "repeated[].from is required");
        Objects.requireNonNull(to, "repeated[].to is required");
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
