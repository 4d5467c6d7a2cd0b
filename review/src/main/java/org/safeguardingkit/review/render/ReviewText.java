package org.safeguardingkit.review.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.checklist.Figure;
import org.safeguardingkit.review.sampling.Sample;

/**
 * Sentences about a review shared by the HTML and Markdown reports (unescaped: callers escape). Stateless.
 */
final class ReviewText {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private ReviewText() {
    }

    static String period(Interval period) {
        String from = period.start().equals(Instant.MIN) ? "the first record"
                : Labels.date(LocalDate.ofInstant(period.start(), SCHOOL_ZONE));
        String to = period.end().equals(Instant.MAX) ? "the last record"
                : Labels.date(LocalDate.ofInstant(period.end().minusNanos(1), SCHOOL_ZONE));
        return from + " to " + to;
    }

    static String sample(Sample sample) {
        String method = switch (sample.method()) {
            case ALL -> "All " + count(sample.size()) + " incidents";
            case MOST_RECENT -> "The " + count(sample.size()) + " most recent of " + count(sample.population())
                    + " incidents";
            case STRATIFIED -> "A random sample of " + count(sample.size()) + " of " + count(sample.population())
                    + " incidents, stratified by category and year group";
        };
        return method + sample.seed().map(s -> " (seed " + s + ")").orElse("");
    }

    /** The period, with the first and last incident's days where the period is open-ended. */
    static String period(Interval period, java.util.Optional<LocalDate> first, java.util.Optional<LocalDate> last) {
        boolean openStart = period.start().equals(Instant.MIN);
        boolean openEnd = period.end().equals(Instant.MAX);
        if ((!openStart && !openEnd) || first.isEmpty() || last.isEmpty()) {
            return period(period);
        }
        String from = openStart ? Labels.date(first.get())
                : Labels.date(LocalDate.ofInstant(period.start(), SCHOOL_ZONE));
        String to = openEnd ? Labels.date(last.get())
                : Labels.date(LocalDate.ofInstant(period.end().minusNanos(1), SCHOOL_ZONE));
        return from + " to " + to + (openStart && openEnd ? " (the whole log)" : "");
    }

    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String anonymised(Review review) {
        return review.anonymised() ? "Yes: pupils and staff appear as pseudonyms; names in free text are masked"
                : "NO: this review shows pupils' and staff members' identifiers and names as recorded";
    }

    static String figure(Figure f) {
        boolean share = f.name().toLowerCase(Locale.ROOT).contains("share")
                || f.name().contains("%") || f.name().toLowerCase(Locale.ROOT).contains("proportion");
        String value = share ? Labels.percent(f.value()) : Labels.number(f.value());
        String threshold = f.threshold().map(t -> " (threshold " + (share ? Labels.percent(t) : Labels.number(t))
                + ")").orElse("");
        return f.name() + ": " + value + threshold;
    }

    static String ids(List<ConcernId> ids, int limit) {
        String shown = ids.stream().limit(limit).map(ConcernId::value).collect(Collectors.joining(", "));
        return ids.size() > limit ? shown + " and " + (ids.size() - limit) + " more" : shown;
    }

    static String dateRange(LocalDate from, LocalDate to) {
        return from.equals(to) ? Labels.date(from) : Labels.date(from) + " to " + Labels.date(to);
    }
}
