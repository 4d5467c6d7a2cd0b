package org.safeguardingkit.review.considerations;

import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * A harmful-sexual-behaviour or safeguarding category whose incidents were met only with sanctions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the category code
 * @param label the label
 * @param reason {@code "hsb"} or {@code "safeguarding"}
 * @param incidents incidents of the category
 * @param sanctionOnly of which met only with sanctions
 * @param examples example incident ids (at most five)
 */
public record SanctionOnlyFlag(String code, String label, String reason, long incidents, long sanctionOnly,
        List<ConcernId> examples) {

    /** Checks the fields. */
    public SanctionOnlyFlag {
        Objects.requireNonNull(code, "code is required");
        label = Objects.requireNonNullElse(label, code);
        Objects.requireNonNull(reason, "reason is required");
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.of()));
    }
}
