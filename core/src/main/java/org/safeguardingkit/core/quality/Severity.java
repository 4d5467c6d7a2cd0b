package org.safeguardingkit.core.quality;

/**
 * How serious a {@link Finding} is. The declaration order is the order of seriousness
 * ({@code INFO < WARNING < ERROR}); the names are the stable wire values used in JSON.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
    /** Worth knowing; the record still meets the standard (e.g. a reason why the child's views were not obtained). */
    INFO,
    /** The record falls short of recording guidance and should be improved. */
    WARNING,
    /** A serious gap, e.g. "no further action" with no reason. */
    ERROR;

    /**
     * Whether this severity is at least as serious as {@code other}.
     *
     * @param other the severity to compare with
     * @return {@code true} if {@code this >= other}
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses a wire name case-insensitively ("warning", "WARNING").
     *
     * @param text the name
     * @return the severity
     * @throws IllegalArgumentException (SGK-0401) if the name is unknown
     */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("SGK-0401: unknown severity '" + text + "' (expected INFO, WARNING or ERROR)");
    }
}
