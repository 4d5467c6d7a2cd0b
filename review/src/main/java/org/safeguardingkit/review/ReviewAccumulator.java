package org.safeguardingkit.review;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.safeguardingkit.categories.Category;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.review.checklist.ChecklistAssessor;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.considerations.Gaps;
import org.safeguardingkit.review.considerations.KeyConsiderations;
import org.safeguardingkit.review.considerations.LogStats;
import org.safeguardingkit.review.considerations.ResponsePatterns;
import org.safeguardingkit.review.engine.CategoryInfo;
import org.safeguardingkit.review.engine.Incident;
import org.safeguardingkit.review.followup.FollowUpPlanner;
import org.safeguardingkit.review.quality.QualitySummary;
import org.safeguardingkit.review.quality.QualityTally;
import org.safeguardingkit.review.quality.RuleCount;
import org.safeguardingkit.review.sampling.Sample;
import org.safeguardingkit.review.sampling.SampleCandidate;
import org.safeguardingkit.review.sampling.SampleReservoir;
import org.safeguardingkit.review.sampling.SampledIncident;
import org.safeguardingkit.review.trends.TrendAccumulator;
import org.safeguardingkit.review.trends.TrendContext;
import org.safeguardingkit.review.trends.Trends;

/**
 * A partial review that records stream into and that merges with other partial reviews: the counts per school, the
 * trend summaries and the sample. Memory grows with pupils, places, co-involvement links and the incidents' ids and
 * days (for the exact trends), never with the records' text: only the current sample candidates are held whole
 * (a bounded number of records), and rows (redacted text) and quality findings are built for the final sample only.
 *
 * <p>{@link #merge(ReviewAccumulator)} is associative and commutative: a trust reviews each school (or one big log in
 * parts, on several threads) and merges the parts; {@code toReview()} then gives exactly the review of the whole.
 *
 * <pre>{@code
 * ReviewAccumulator a = ReviewAccumulator.of(settings);
 * schoolA.forEach(a::add);
 * ReviewAccumulator b = ReviewAccumulator.of(settings);
 * schoolB.forEach(b::add);
 * Review trust = a.merge(b).toReview();
 * }</pre>
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them (as {@link Review#of} does for a parallel
 * stream).
 */
public final class ReviewAccumulator {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewAccumulator.class);

    private final ReviewSettings settings;
    private final Map<String, LogStats> schools = new TreeMap<>();
    private final TrendAccumulator trends;
    private final SampleReservoir sample;
    private long outsidePeriod;

    private ReviewAccumulator(ReviewSettings settings) {
        this.settings = settings;
        this.trends = new TrendAccumulator(settings.anonymiser(), settings.thresholds().examples());
        this.sample = new SampleReservoir(settings.sampling());
    }

    /**
     * An empty partial review.
     *
     * @param settings the settings (the same for every part to be merged)
     * @return the accumulator
     */
    public static ReviewAccumulator of(ReviewSettings settings) {
        return new ReviewAccumulator(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Adds a record; a record that did not occur in the period is skipped.
     *
     * @param concern the record
     */
    public void add(Concern concern) {
        Objects.requireNonNull(concern, "concern");
        if (!settings.period().contains(concern.occurredAt())) {
            outsidePeriod++;
            return;
        }
        Incident incident = Incident.of(concern, settings.lens(), settings.zone());
        schools.computeIfAbsent(incident.school(), k -> new LogStats(settings.thresholds().examples()))
                .add(concern, incident);
        trends.add(concern, incident);
        sample.offer(concern, stratum(incident, concern));
    }

    private SampledIncident held(SampleCandidate c) {
        Concern concern = c.concern();
        return new SampledIncident(c.id(), c.occurredAt(), c.priority(), c.stratum(),
                FormRows.of(concern, settings.anonymiser(), settings.lens(), settings.zone()),
                settings.qualityRules(concern));
    }

    private String stratum(Incident incident, Concern concern) {
        String category = "(none)";
        for (CategoryInfo info : incident.categories()) {
            if (info.known()) {
                category = info.code();
                for (Category a : settings.taxonomy().ancestors(info.code())) {
                    if (a.isTopLevel()) {
                        category = a.code();
                    }
                }
                break;
            }
        }
        String year = concern.pupil().yearGroup().isPresent()
                ? Integer.toString(concern.pupil().yearGroup().getAsInt()) : "?";
        return category + "|" + year;
    }

    /**
     * Adds another partial review to this one (the other is left unchanged in content but must not be used
     * afterwards).
     *
     * @param other a partial review with the same settings
     * @return this
     */
    public ReviewAccumulator merge(ReviewAccumulator other) {
        if (other == this) {
            throw new IllegalArgumentException("SGK-0530: a partial review cannot be merged with itself");
        }
        other.schools.forEach((k, v) -> schools.computeIfAbsent(k,
                x -> new LogStats(settings.thresholds().examples())).merge(v));
        trends.merge(other.trends);
        sample.merge(other.sample);
        outsidePeriod += other.outsidePeriod;
        return this;
    }

    /**
     * The review of everything added and merged so far.
     *
     * @return the review
     */
    public Review toReview() {
        ReviewThresholds t = settings.thresholds();
        LogStats all = new LogStats(t.examples());
        for (LogStats s : schools.values()) {
            all.merge(s);
        }
        LocalDate today = LocalDate.ofInstant(settings.clock().instant(), settings.zone());
        LocalDate first = max(day(settings.period().start()), trends.firstDay()).orElse(today);
        LocalDate last = min(day(settings.period().end().minusNanos(1)), trends.lastDay()).orElse(first);
        if (last.isBefore(first)) {
            last = first;
        }
        Trends found = trends.toTrends(new TrendContext(settings.anonymiser(), t, first, last));
        List<SampledIncident> sampled = sample.sample().stream().map(this::held).toList();
        List<ReviewRow> rows = sampled.stream().map(SampledIncident::row).toList();
        QualitySummary quality = QualityTally.of(sampled, t.examples());
        List<RuleCount> recurring = QualityTally.recurring(quality, t.recurringFindingShare());
        ResponsePatterns responses = all.toResponsePatterns();
        KeyConsiderations considerations = new KeyConsiderations(all.toIncidentTypes(), responses,
                new Gaps(all.toFieldFills(t.rarelyFilledShare()), all.unusedCategories(settings.taxonomy()),
                        recurring));
        ChecklistAssessor assessor = new ChecklistAssessor(t, settings.taxonomy());
        List<ChecklistItem> checklist = assessor.assess(all, found);
        List<SchoolBreakdown> breakdown = new ArrayList<>();
        schools.forEach((id, s) -> breakdown.add(new SchoolBreakdown(id, s.incidents(),
                s.get(LogStats.SAFEGUARDING), s.get(LogStats.BEHAVIOURAL), s.toCategoryCounts(), assessor.answers(s))));
        var followUps = new FollowUpPlanner(t).plan(today, checklist, found, responses.sanctionOnly(), recurring);
        if (LOG.isDebugEnabled()) {
            LOG.debug("review: {} incidents, {} outside the period, {} rows", all.incidents(), outsidePeriod,
                    rows.size());
        }
        return new Review(settings.period(), new Sample(settings.sampling().method(), rows.size(),
                settings.sampling().seed(), sample.population()), rows, considerations, checklist, found, quality,
                followUps, Optional.empty(), breakdown, settings.anonymiser().enabled(), settings.clock().instant(),
                settings.taxonomy().id() + "@" + settings.taxonomy().version(), t);
    }

    private Optional<LocalDate> day(Instant instant) {
        try {
            if (instant.equals(Interval.ALL.start()) || instant.isAfter(Instant.parse("9999-12-31T00:00:00Z"))
                    || instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.ofInstant(instant, settings.zone()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
