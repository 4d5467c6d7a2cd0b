package org.safeguardingkit.review.considerations;

import java.util.Objects;

/**
 * The form's key considerations: what types of incidents are recorded, how they are responded to, what gaps there
 * are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incidentTypes counts by kind and category
 * @param responses response patterns
 * @param gaps gaps in recording
 */
public record KeyConsiderations(IncidentTypes incidentTypes, ResponsePatterns responses, Gaps gaps) {

    /** Checks the fields. */
    public KeyConsiderations {
        Objects.requireNonNull(incidentTypes, "keyConsiderations.incidentTypes is required");
        Objects.requireNonNull(responses, "keyConsiderations.responses is required");
        Objects.requireNonNull(gaps, "keyConsiderations.gaps is required");
    }
}
