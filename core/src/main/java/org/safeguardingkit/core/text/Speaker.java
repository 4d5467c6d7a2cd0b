package org.safeguardingkit.core.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said (or thought, or wrote) some reported words.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role    what kind of person the speaker is
 * @param mention the words naming the speaker ("Mia's mum", "she", "Mrs Jones (TA)"), empty if none
 * @param span    where those words are, if written
 */
public record Speaker(SpeakerRole role, String mention, Optional<TextSpan> span) {

    /** Validates the speaker. */
    public Speaker {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(span, "span");
    }

    /**
     * @param role    the role
     * @param mention the words naming the speaker
     * @param span    where they are
     * @return a speaker
     */
    public static Speaker of(SpeakerRole role, String mention, TextSpan span) {
        return new Speaker(role, mention, Optional.of(span));
    }

    /**
     * @param role the role
     * @return a speaker not named in the text
     */
    public static Speaker unnamed(SpeakerRole role) {
        return new Speaker(role, "", Optional.empty());
    }
}
