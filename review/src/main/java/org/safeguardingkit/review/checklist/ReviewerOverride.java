package org.safeguardingkit.review.checklist;

import java.util.Objects;

/**
 * The reviewer's own answer to a checklist question, kept beside the computed answer, with the reviewer's note.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param answer the reviewer's answer
 * @param note why the reviewer answers differently (or confirms)
 */
public record ReviewerOverride(Answer answer, String note) {

    /** Checks the fields. */
    public ReviewerOverride {
        Objects.requireNonNull(answer, "override.answer is required");
        note = Objects.requireNonNullElse(note, "");
    }

    /**
     * An override.
     *
     * @param answer the reviewer's answer
     * @param note the note
     * @return the override
     */
    public static ReviewerOverride of(Answer answer, String note) {
        return new ReviewerOverride(answer, note);
    }
}
