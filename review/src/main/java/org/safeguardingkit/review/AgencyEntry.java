package org.safeguardingkit.review;

import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.Agency;

/**
 * An agency involvement of a row, the text redacted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param agency the agency
 * @param involvement what the involvement was (redacted)
 */
public record AgencyEntry(Agency agency, Optional<String> involvement) {

    /** Checks the fields. */
    public AgencyEntry {
        Objects.requireNonNull(agency, "agencies[].agency is required");
        involvement = Objects.requireNonNullElse(involvement, Optional.empty());
    }
}
