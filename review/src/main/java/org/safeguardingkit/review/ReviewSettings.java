package org.safeguardingkit.review;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.spi.PupilDirectory;
import org.safeguardingkit.review.anonymise.Anonymiser;
import org.safeguardingkit.review.anonymise.Redactor;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.engine.CategoryLens;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * How to review a log: the period, the sample, the taxonomy, anonymisation (on by default, with a review key and the
 * names the pupil directory knows), the clock, the time zone of days and weeks, the thresholds and the quality rules.
 *
 * <pre>{@code
 * ReviewSettings settings = ReviewSettings.builder()
 *         .period(Interval.ofDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18), ZoneId.of("Europe/London")))
 *         .sampling(Sampling.stratified(40, 2026L))
 *         .taxonomy(Taxonomy.sgkitDefault())
 *         .directory(directory)                        // names to redact
 *         .key(ReviewKey.fromHex(savedKeyHex))         // same pseudonyms on re-runs
 *         .build();
 * Review review = Review.of(store, settings);
 * }</pre>
 *
 * <p>Defaults: the whole log ({@link Interval#ALL}), the 50 most recent incidents as rows, the sgkit-default taxonomy,
 * anonymisation on with a random key (pseudonyms then cannot be linked to any other review), no directory (the title
 * and first-name heuristics still apply), the system clock, Europe/London, {@link ReviewThresholds#defaults()} and
 * {@link QualityChecker#defaults()}. This class is immutable and thread-safe.
 */
public final class ReviewSettings {

    private final Interval period;
    private final Sampling sampling;
    private final Taxonomy taxonomy;
    private final CategoryLens lens;
    private final Anonymiser anonymiser;
    private final Clock clock;
    private final ZoneId zone;
    private final ReviewThresholds thresholds;
    private final Function<Concern, Set<String>> quality;

    private ReviewSettings(Builder b) {
        this.period = b.period;
        this.sampling = b.sampling;
        this.taxonomy = b.taxonomy == null ? Taxonomy.sgkitDefault() : b.taxonomy;
        this.lens = new CategoryLens(taxonomy);
        if (b.anonymised) {
            List<String> names = new ArrayList<>(b.names);
            if (b.directory != null) {
                try (Stream<String> s = b.directory.namesToRedact()) {
                    s.forEach(names::add);
                }
            }
            this.anonymiser = Anonymiser.of(b.key == null ? ReviewKey.random() : b.key, Redactor.of(names));
        } else {
            this.anonymiser = Anonymiser.off();
        }
        this.clock = b.clock;
        this.zone = b.zone;
        this.thresholds = b.thresholds;
        if (b.quality != null) {
            this.quality = b.quality;
        } else {
            QualityChecker checker = b.checker == null ? QualityChecker.defaults() : b.checker;
            this.quality = concern -> {
                Set<String> rules = new TreeSet<>();
                for (Finding f : checker.check(concern).findings()) {
                    rules.add(f.rule());
                }
                return rules;
            };
        }
    }

    /**
     * A builder with the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings with every default (a random review key).
     *
     * @return the settings
     */
    public static ReviewSettings defaults() {
        return builder().build();
    }

    /** @return the period */
    public Interval period() {
        return period;
    }

    /** @return the sampling of the rows */
    public Sampling sampling() {
        return sampling;
    }

    /** @return the taxonomy */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** @return the taxonomy lens (internal) */
    public CategoryLens lens() {
        return lens;
    }

    /** @return how people and text are shown */
    public Anonymiser anonymiser() {
        return anonymiser;
    }

    /** @return the clock of {@code generatedAt} and of follow-up due dates */
    public Clock clock() {
        return clock;
    }

    /** @return the zone of days and weeks */
    public ZoneId zone() {
        return zone;
    }

    /** @return the thresholds */
    public ReviewThresholds thresholds() {
        return thresholds;
    }

    /**
     * The ids of the quality rules that find something in a record.
     *
     * @param concern the record
     * @return the rule ids
     */
    public Set<String> qualityRules(Concern concern) {
        return quality.apply(concern);
    }

    /**
     * Builds {@link ReviewSettings}. Not thread-safe.
     */
    public static final class Builder {
        private Interval period = Interval.ALL;
        private Sampling sampling = Sampling.mostRecent(50);
        private Taxonomy taxonomy;
        private boolean anonymised = true;
        private ReviewKey key;
        private PupilDirectory directory;
        private final List<String> names = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/London");
        private ReviewThresholds thresholds = ReviewThresholds.defaults();
        private QualityChecker checker;
        private Function<Concern, Set<String>> quality;

        private Builder() {
        }

        /** @param value the period @return this builder */
        public Builder period(Interval value) {
            this.period = Objects.requireNonNull(value, "period");
            return this;
        }

        /** @param value the sampling of the rows @return this builder */
        public Builder sampling(Sampling value) {
            this.sampling = Objects.requireNonNull(value, "sampling");
            return this;
        }

        /** @param value the taxonomy @return this builder */
        public Builder taxonomy(Taxonomy value) {
            this.taxonomy = Objects.requireNonNull(value, "taxonomy");
            return this;
        }

        /**
         * Switches anonymisation on (the default) or off (for the DSL's own use: ids and text as recorded; dates of
         * birth are never shown).
         *
         * @param value whether to anonymise
         * @return this builder
         */
        public Builder anonymised(boolean value) {
            this.anonymised = value;
            return this;
        }

        /** @param value the review key of the pseudonyms @return this builder */
        public Builder key(ReviewKey value) {
            this.key = Objects.requireNonNull(value, "key");
            return this;
        }

        /** @param value the pupil directory, whose names are redacted @return this builder */
        public Builder directory(PupilDirectory value) {
            this.directory = Objects.requireNonNull(value, "directory");
            return this;
        }

        /** @param values further names to redact (e.g. staff names) @return this builder */
        public Builder namesToRedact(List<String> values) {
            this.names.addAll(Objects.requireNonNull(values, "names"));
            return this;
        }

        /** @param value the clock @return this builder */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** @param value the zone of days and weeks @return this builder */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** @param value the thresholds @return this builder */
        public Builder thresholds(ReviewThresholds value) {
            this.thresholds = Objects.requireNonNull(value, "thresholds");
            return this;
        }

        /** @param value the quality checker run on the sampled records @return this builder */
        public Builder qualityChecker(QualityChecker value) {
            this.checker = Objects.requireNonNull(value, "qualityChecker");
            this.quality = null;
            return this;
        }

        /**
         * The quality rules as a function from a record to the ids of the rules that find something (a seam for
         * tests and other rule engines).
         *
         * @param value the function
         * @return this builder
         */
        public Builder qualityRules(Function<Concern, Set<String>> value) {
            this.quality = Objects.requireNonNull(value, "qualityRules");
            return this;
        }

        /**
         * Builds the settings; reads the directory's names once.
         *
         * @return the settings
         */
        public ReviewSettings build() {
            return new ReviewSettings(this);
        }
    }

    @Override
    public String toString() {
        return "ReviewSettings[period=" + period + ", sampling=" + sampling + ", taxonomy=" + taxonomy.id()
                + ", anonymised=" + anonymiser.enabled() + ", zone=" + zone + ", thresholds=" + thresholds + "]";
    }
}
