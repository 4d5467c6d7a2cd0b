package org.safeguardingkit.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}: the period of a query or a review.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first instant included
 * @param end the first instant not included
 */
public record Interval(Instant start, Instant end) {

    /** Everything: from {@link Instant#MIN} to {@link Instant#MAX}. */
    public static final Interval ALL = new Interval(Instant.MIN, Instant.MAX);

    /** Checks the fields. */
    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("SGK-0004: interval end " + end + " is before start " + start);
        }
    }

    /**
     * The interval between two instants.
     *
     * @param start included
     * @param end excluded
     * @return the interval
     */
    public static Interval between(Instant start, Instant end) {
        return new Interval(start, end);
    }

    /**
     * Whole days, both dates included, in a time zone.
     *
     * @param first the first day
     * @param last the last day, included
     * @param zone the zone the days are in
     * @return the interval
     */
    public static Interval ofDays(LocalDate first, LocalDate last, ZoneId zone) {
        return new Interval(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Whether an instant lies in the interval.
     *
     * @param instant the instant
     * @return true if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
