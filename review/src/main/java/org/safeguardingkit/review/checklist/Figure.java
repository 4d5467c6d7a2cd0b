package org.safeguardingkit.review.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * One number behind an answer, with the threshold it was compared with.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name what is measured, e.g. {@code "share of incidents with a location"}
 * @param value the measured value (a share is between 0 and 1)
 * @param threshold the threshold used, if the value was compared with one
 */
public record Figure(String name, double value, Optional<Double> threshold) {

    /** Checks the fields. */
    public Figure {
        Objects.requireNonNull(name, "figure.name is required");
        threshold = Objects.requireNonNullElse(threshold, Optional.empty());
    }

    /**
     * A figure without a threshold.
     *
     * @param name what is measured
     * @param value the value
     * @return the figure
     */
    public static Figure of(String name, double value) {
        return new Figure(name, value, Optional.empty());
    }

    /**
     * A figure compared with a threshold.
     *
     * @param name what is measured
     * @param value the value
     * @param threshold the threshold
     * @return the figure
     */
    public static Figure of(String name, double value, double threshold) {
        return new Figure(name, value, Optional.of(threshold));
    }
}
