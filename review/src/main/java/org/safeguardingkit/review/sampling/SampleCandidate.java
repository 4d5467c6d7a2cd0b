package org.safeguardingkit.review.sampling;

import java.time.Instant;
import java.util.Objects;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;

/**
 * A record a sample currently holds (internal): what the sampling orders it by, and the record itself, so that its row
 * and quality findings are built only if it is still held when the sample is drawn.
 *
 * @param id the incident id
 * @param occurredAt when it occurred
 * @param priority the sampling priority (stratified sampling; 0 otherwise)
 * @param stratum the stratum
 * @param concern the record
 */
public record SampleCandidate(ConcernId id, Instant occurredAt, long priority, String stratum, Concern concern) {

    /** Checks the fields. */
    public SampleCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(concern, "concern");
    }
}
