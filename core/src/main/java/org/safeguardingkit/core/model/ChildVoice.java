package org.safeguardingkit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The child's own words, or why they were not obtained.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param words the child's own words, as they said them
 * @param notObtainedReason why the child's views were not obtained
 */
public record ChildVoice(Optional<String> words, Optional<String> notObtainedReason) {

    /** Checks the fields. */
    public ChildVoice {
        words = Objects.requireNonNullElse(words, Optional.empty());
        notObtainedReason = Objects.requireNonNullElse(notObtainedReason, Optional.empty());
    }

    /**
     * The child's words.
     *
     * @param words the words
     * @return the child's voice
     */
    public static ChildVoice of(String words) {
        return new ChildVoice(Optional.of(words), Optional.empty());
    }

    /**
     * A reason the child's views were not obtained.
     *
     * @param reason the reason
     * @return the child's voice
     */
    public static ChildVoice notObtained(String reason) {
        return new ChildVoice(Optional.empty(), Optional.of(reason));
    }
}
