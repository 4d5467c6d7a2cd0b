package org.safeguardingkit.review;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;

/**
 * A response of a row, the description redacted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level whom it is aimed at
 * @param type the kind of response
 * @param description the description (redacted)
 */
public record ResponseEntry(Optional<ResponseLevel> level, Optional<ResponseType> type,
        Optional<String> description) {

    /** Checks the fields. */
    public ResponseEntry {
        level = Objects.requireNonNullElse(level, Optional.empty());
        type = Objects.requireNonNullElse(type, Optional.empty());
        description = Objects.requireNonNullElse(description, Optional.empty());
    }
}
