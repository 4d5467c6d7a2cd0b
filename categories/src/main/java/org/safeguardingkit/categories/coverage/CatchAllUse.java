package org.safeguardingkit.categories.coverage;

import java.util.Objects;

/**
 * A catch-all code used more than the threshold allows.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the catch-all code, e.g. {@code "other"}
 * @param uses  how often it was used
 * @param share its share of all uses, 0..1
 */
public record CatchAllUse(String code, long uses, double share) {

    /** Checks the fields. */
    public CatchAllUse {
        Objects.requireNonNull(code, "code");
        if (uses < 0 || share < 0 || share > 1) {
            throw new IllegalArgumentException("SGK-0260: uses must be >= 0 and share in 0..1");
        }
    }
}
