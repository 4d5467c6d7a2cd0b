package org.safeguardingkit.review.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * One checklist question of the review, its computed answer, the evidence, a follow-up suggestion when the answer
 * is not YES, and the reviewer's override if any.
 *
 * <p>The ids are stable (see {@link ChecklistId}). This class is immutable and thread-safe.
 *
 * @param id the stable id, e.g. {@code "locations"}
 * @param question the form's question
 * @param answer the computed answer
 * @param evidence what supports the computed answer
 * @param followUp a suggested follow-up action when the answer is not YES
 * @param override the reviewer's own answer, kept beside the computed one
 */
public record ChecklistItem(String id, String question, Answer answer, Evidence evidence, Optional<String> followUp,
        Optional<ReviewerOverride> override) {

    /** Checks the fields. */
    public ChecklistItem {
        Objects.requireNonNull(id, "checklist[].id is required");
        Objects.requireNonNull(question, "checklist[].question is required");
        Objects.requireNonNull(answer, "checklist[].answer is required");
        Objects.requireNonNull(evidence, "checklist[].evidence is required");
        followUp = Objects.requireNonNullElse(followUp, Optional.empty());
        override = Objects.requireNonNullElse(override, Optional.empty());
    }

    /**
     * The answer that counts: the reviewer's if overridden, else the computed one.
     *
     * @return the effective answer
     */
    public Answer effectiveAnswer() {
        return override.map(ReviewerOverride::answer).orElse(answer);
    }

    /**
     * Returns a copy with the reviewer's override; the computed answer is kept.
     *
     * @param value the override
     * @return a copy
     */
    public ChecklistItem withOverride(ReviewerOverride value) {
        return new ChecklistItem(id, question, answer, evidence, followUp, Optional.of(value));
    }

    /**
     * Returns a copy without an override.
     *
     * @return a copy
     */
    public ChecklistItem withoutOverride() {
        return new ChecklistItem(id, question, answer, evidence, followUp, Optional.empty());
    }
}
