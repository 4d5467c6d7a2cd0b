package org.safeguardingkit.core.spi;

import java.util.Objects;

/**
 * A value as a store holds it, with the version that an update must quote (optimistic versioning).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the value
 * @param version the version, {@code >= 1} once stored
 * @param <T> the value type
 */
public record Versioned<T>(T value, long version) {

    /** The version to quote when saving a record that is not yet stored. */
    public static final long NEW = 0;

    /** Checks the fields. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("SGK-0800: a stored version is at least 1, was " + version);
        }
    }
}
