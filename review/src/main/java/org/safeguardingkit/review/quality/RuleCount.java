package org.safeguardingkit.review.quality;

import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * How many sampled records a recording-quality rule fired on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule id, e.g. {@code "fact-opinion"}
 * @param records sampled records with at least one finding of the rule
 * @param share {@code records / records checked}
 * @param examples example incident ids (at most five)
 */
public record RuleCount(String rule, long records, double share, List<ConcernId> examples) {

    /** Checks the fields. */
    public RuleCount {
        Objects.requireNonNull(rule, "rule is required");
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
    }
}
