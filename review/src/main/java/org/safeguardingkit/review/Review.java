package org.safeguardingkit.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.checklist.ReviewerOverride;
import org.safeguardingkit.review.considerations.KeyConsiderations;
import org.safeguardingkit.review.followup.FollowUp;
import org.safeguardingkit.review.quality.QualitySummary;
import org.safeguardingkit.review.sampling.Sample;
import org.safeguardingkit.review.trends.Trends;

/**
 * A behaviour log review (the Appendix A form) as a value: the period, the sample and its rows, the key
 * considerations, the checklist with evidence, the trends, the recording-quality summary, the follow-up plan and the
 * reviewer's reflections, plus a per-school breakdown for a trust.
 *
 * <p>Write and read it as JSON with {@link ReviewJson}. The reviewer's edits (overrides, follow-ups, reflections)
 * are copies made with the {@code with...} methods. This class is immutable and thread-safe.
 *
 * @param period the period reviewed
 * @param sample what the rows are a sample of, with the seed
 * @param rows one row per sampled incident, the form's eight columns
 * @param keyConsiderations incident types, response patterns and gaps (whole period)
 * @param checklist the eight questions in the form's order
 * @param trends the trends (whole period)
 * @param quality the recording-quality summary over the sample
 * @param followUps the follow-up plan
 * @param reflections the reviewer's further reflections
 * @param schools per-school breakdown, by school id
 * @param anonymised whether pupils and staff are pseudonymised and free text redacted
 * @param generatedAt when the review was computed (from the review's clock)
 * @param taxonomy the taxonomy used, as {@code id@version}
 * @param thresholds the thresholds used
 */
public record Review(Interval period, Sample sample, List<ReviewRow> rows, KeyConsiderations keyConsiderations,
        List<ChecklistItem> checklist, Trends trends, QualitySummary quality, List<FollowUp> followUps,
        Optional<String> reflections, List<SchoolBreakdown> schools, boolean anonymised, Instant generatedAt,
        String taxonomy, ReviewThresholds thresholds) {

    /** Checks the fields. */
    public Review {
        Objects.requireNonNull(period, "period is required");
        Objects.requireNonNull(sample, "sample is required");
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
        Objects.requireNonNull(keyConsiderations, "keyConsiderations is required");
        checklist = List.copyOf(Objects.requireNonNullElse(checklist, List.of()));
        trends = Objects.requireNonNullElse(trends, Trends.none());
        Objects.requireNonNull(quality, "quality is required");
        followUps = List.copyOf(Objects.requireNonNullElse(followUps, List.of()));
        reflections = Objects.requireNonNullElse(reflections, Optional.empty());
        schools = List.copyOf(Objects.requireNonNullElse(schools, List.of()));
        Objects.requireNonNull(generatedAt, "generatedAt is required");
        taxonomy = Objects.requireNonNullElse(taxonomy, "");
        thresholds = Objects.requireNonNullElse(thresholds, ReviewThresholds.defaults());
    }

    /**
     * Reviews a stream of records (the records outside the settings' period are skipped). A parallel stream is
     * reviewed in parallel: each thread fills a {@link ReviewAccumulator} and the parts are merged. The caller closes
     * the stream.
     *
     * @param concerns the records
     * @param settings the settings
     * @return the review
     */
    public static Review of(java.util.stream.Stream<org.safeguardingkit.core.model.Concern> concerns,
            ReviewSettings settings) {
        return concerns.collect(() -> ReviewAccumulator.of(settings), ReviewAccumulator::add,
                ReviewAccumulator::merge).toReview();
    }

    /**
     * Reviews records, e.g. a list.
     *
     * @param concerns the records
     * @param settings the settings
     * @return the review
     */
    public static Review of(Iterable<org.safeguardingkit.core.model.Concern> concerns, ReviewSettings settings) {
        ReviewAccumulator acc = ReviewAccumulator.of(settings);
        concerns.forEach(acc::add);
        return acc.toReview();
    }

    /**
     * Reviews the records of a store that occurred in the settings' period, streaming them.
     *
     * @param store the store
     * @param settings the settings
     * @return the review
     */
    public static Review of(org.safeguardingkit.core.spi.ConcernStore store, ReviewSettings settings) {
        try (java.util.stream.Stream<org.safeguardingkit.core.model.Concern> s = store.stream(settings.period())) {
            return of(s, settings);
        }
    }

    /**
     * Finds a checklist item by its stable id.
     *
     * @param id e.g. {@code "locations"}
     * @return the item, or empty
     */
    public Optional<ChecklistItem> checklistItem(String id) {
        return checklist.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Returns a copy in which the reviewer overrides a checklist answer with a note; the computed answer is kept.
     *
     * @param id the checklist id
     * @param answer the reviewer's answer
     * @param note the reviewer's note
     * @return a copy
     * @throws IllegalArgumentException if there is no checklist item with that id
     */
    public Review withOverride(String id, Answer answer, String note) {
        checklistItem(id).orElseThrow(
                () -> new IllegalArgumentException("SGK-0503: no checklist item with id " + id));
        List<ChecklistItem> items = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            items.add(item.id().equals(id) ? item.withOverride(ReviewerOverride.of(answer, note)) : item);
        }
        return withChecklist(items);
    }

    /**
     * Returns a copy with another checklist.
     *
     * @param value the checklist
     * @return a copy
     */
    public Review withChecklist(List<ChecklistItem> value) {
        return new Review(period, sample, rows, keyConsiderations, value, trends, quality, followUps, reflections,
                schools, anonymised, generatedAt, taxonomy, thresholds);
    }

    /**
     * Returns a copy with another follow-up plan.
     *
     * @param value the follow-ups
     * @return a copy
     */
    public Review withFollowUps(List<FollowUp> value) {
        return new Review(period, sample, rows, keyConsiderations, checklist, trends, quality, value, reflections,
                schools, anonymised, generatedAt, taxonomy, thresholds);
    }

    /**
     * Returns a copy in which a follow-up replaces the one with the same id, or is added at the end.
     *
     * @param value the follow-up
     * @return a copy
     */
    public Review withFollowUp(FollowUp value) {
        List<FollowUp> list = new ArrayList<>();
        boolean replaced = false;
        for (FollowUp f : followUps) {
            if (f.id().equals(value.id())) {
                list.add(value);
                replaced = true;
            } else {
                list.add(f);
            }
        }
        if (!replaced) {
            list.add(value);
        }
        return withFollowUps(list);
    }

    /**
     * Returns a copy with the reviewer's further reflections.
     *
     * @param text the reflections; blank removes them
     * @return a copy
     */
    public Review withReflections(String text) {
        Optional<String> value = Optional.ofNullable(text).filter(t -> !t.isBlank());
        return new Review(period, sample, rows, keyConsiderations, checklist, trends, quality, followUps, value,
                schools, anonymised, generatedAt, taxonomy, thresholds);
    }
}
