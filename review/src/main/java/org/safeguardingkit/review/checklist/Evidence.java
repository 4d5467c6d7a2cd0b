package org.safeguardingkit.review.checklist;

import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * What supports a computed answer: a sentence, the figures with their thresholds and up to five example incidents.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param summary one sentence, e.g. "312 of 400 incidents (78%) record a location; YES needs 80%."
 * @param figures the numbers behind the answer
 * @param incidents example incident ids (at most five), e.g. incidents that lack what is asked for
 */
public record Evidence(String summary, List<Figure> figures, List<ConcernId> incidents) {

    /** Checks the fields. */
    public Evidence {
        Objects.requireNonNull(summary, "evidence.summary is required");
        figures = List.copyOf(Objects.requireNonNullElse(figures, List.of()));
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
