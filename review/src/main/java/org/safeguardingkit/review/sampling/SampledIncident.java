package org.safeguardingkit.review.sampling;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.review.ReviewRow;

/**
 * An incident held by a sample (internal): its row (redacted text) and the quality rules that fired on it.
 *
 * @param id the incident id
 * @param occurredAt when it occurred
 * @param priority the sampling priority (stratified sampling)
 * @param stratum the stratum
 * @param row the form's row
 * @param rules the ids of the quality rules that found something
 */
public record SampledIncident(ConcernId id, Instant occurredAt, long priority, String stratum, ReviewRow row,
        Set<String> rules) {

    /** Checks the fields. */
    public SampledIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(row, "row");
        rules = Set.copyOf(rules);
    }
}
