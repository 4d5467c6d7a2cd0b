package org.safeguardingkit.review.sampling;

import java.util.Objects;
import java.util.Optional;

/**
 * How to choose the incidents shown as the form's rows. Trends always use the whole period.
 *
 * <pre>{@code
 * Sampling.all();                 // every incident of the period
 * Sampling.mostRecent(30);        // the 30 most recent
 * Sampling.stratified(40, 2026L); // 40 at random, stratified by category and year group, seed 2026
 * }</pre>
 *
 * <p>The stratified sample gives each incident a priority, a keyed hash (HMAC-SHA256) of the seed and the incident
 * id, and keeps per stratum (top-level category of the incident's first category, and year group) the incidents with
 * the smallest priorities, as many as the stratum's proportional share of the sample (largest remainders). It does
 * not depend on the order of the input or on how it was split, so it merges, and the same seed gives the same
 * sample. This class is immutable and thread-safe.
 *
 * @param method the method
 * @param size the sample size (0 for {@link SampleMethod#ALL})
 * @param seed the seed of a stratified sample
 */
public record Sampling(SampleMethod method, int size, Optional<Long> seed) {

    /** Checks the fields. */
    public Sampling {
        Objects.requireNonNull(method, "sampling.method is required");
        seed = Objects.requireNonNullElse(seed, Optional.empty());
        if (method != SampleMethod.ALL && size < 1) {
            throw new IllegalArgumentException("SGK-0520: sample size must be at least 1, was " + size);
        }
        if (method == SampleMethod.STRATIFIED && seed.isEmpty()) {
            throw new IllegalArgumentException("SGK-0521: a stratified sample needs a seed");
        }
    }

    /**
     * Every incident.
     *
     * @return the sampling
     */
    public static Sampling all() {
        return new Sampling(SampleMethod.ALL, 0, Optional.empty());
    }

    /**
     * The n most recent incidents (by when they occurred, then id).
     *
     * @param n the sample size, at least 1
     * @return the sampling
     */
    public static Sampling mostRecent(int n) {
        return new Sampling(SampleMethod.MOST_RECENT, n, Optional.empty());
    }

    /**
     * A stratified random sample.
     *
     * @param n the sample size, at least 1
     * @param seed the seed; print it on the review to reproduce it
     * @return the sampling
     */
    public static Sampling stratified(int n, long seed) {
        return new Sampling(SampleMethod.STRATIFIED, n, Optional.of(seed));
    }
}
