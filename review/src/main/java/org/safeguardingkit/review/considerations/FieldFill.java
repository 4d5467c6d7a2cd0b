package org.safeguardingkit.review.considerations;

import java.util.Objects;

/**
 * How often a field of the record is filled in the period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field, as named in the v1 record format (e.g. {@code "location"}, {@code "childVoice"})
 * @param filled incidents with the field filled
 * @param total incidents in the period
 * @param share {@code filled / total} (0 when there are no incidents)
 * @param rarelyFilled whether the share is below the rarely-filled threshold
 */
public record FieldFill(String field, long filled, long total, double share, boolean rarelyFilled) {

    /** Checks the fields. */
    public FieldFill {
        Objects.requireNonNull(field, "field is required");
    }
}
