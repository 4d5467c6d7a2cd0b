package org.safeguardingkit.core.model;

import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency involved in a concern.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param agency the agency
 * @param involvement what the involvement was, e.g. "PCSO informed"
 */
public record AgencyInvolvement(@NotNull Agency agency, Optional<String> involvement) {

    /** Checks the fields. */
    public AgencyInvolvement {
        Objects.requireNonNull(agency, "agencies[].agency is required");
        involvement = Objects.requireNonNullElse(involvement, Optional.empty());
    }

    /**
     * An agency involvement.
     *
     * @param agency the agency
     * @param involvement what happened
     * @return the involvement
     */
    public static AgencyInvolvement of(Agency agency, String involvement) {
        return new AgencyInvolvement(agency, Optional.ofNullable(involvement));
    }
}
