package org.safeguardingkit.review.sampling;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rows of a review are a sample of: the method, the size drawn, the seed (so the review can be reproduced)
 * and the population (incidents in the period).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method the method
 * @param size the number of rows
 * @param seed the seed, for a stratified sample
 * @param population the number of incidents in the period
 */
public record Sample(SampleMethod method, int size, Optional<Long> seed, long population) {

    /** Checks the fields. */
    public Sample {
        Objects.requireNonNull(method, "sample.method is required");
        seed = Objects.requireNonNullElse(seed, Optional.empty());
        if (size < 0 || population < 0) {
            throw new IllegalArgumentException("SGK-0501: sample.size and sample.population must not be negative");
        }
    }
}
