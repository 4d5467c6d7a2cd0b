package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * Where a {@link LexiconEntry} matched an {@link AnalysedText}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entry      the entry that matched
 * @param firstToken index of the first matched token
 * @param endToken   index one past the last matched token
 * @param span       the matched characters
 */
public record LexiconMatch(LexiconEntry entry, int firstToken, int endToken, TextSpan span) {

    /** Validates the match. */
    public LexiconMatch {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("SGK-0362: bad match bounds " + firstToken + ".." + endToken);
        }
    }

    /** @return the entry's category */
    public String category() {
        return entry.category();
    }
}
