package org.safeguardingkit.categories;

import java.util.Objects;
import java.util.Optional;

/**
 * A code that is no longer current, and the code that replaces it (renamed, merged or retired with a
 * successor). Records written under an older version keep resolving through it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code       the retired code
 * @param replacedBy the successor code; empty when the code was retired without one
 */
public record Retirement(String code, Optional<String> replacedBy) {

    /** Checks that no field is null. */
    public Retirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(replacedBy, "replacedBy");
    }

    /** A retired code replaced by {@code successor}. */
    public static Retirement of(String code, String successor) {
        return new Retirement(code, Optional.of(successor));
    }

    /** A retired code without a successor. */
    public static Retirement withoutSuccessor(String code) {
        return new Retirement(code, Optional.empty());
    }
}
