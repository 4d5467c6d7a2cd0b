package org.safeguardingkit.core.text;

/**
 * A sentence of an {@link AnalysedText}: a run of tokens ended by {@code . ! ?} (not after an abbreviation
 * such as "Mr."), by a line break, or by the end of the text. Quotes may span sentences.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index      position in {@link AnalysedText#sentences()}
 * @param span       the characters from the first to the last token
 * @param firstToken index of the first token
 * @param endToken   index one past the last token
 */
public record Sentence(int index, TextSpan span, int firstToken, int endToken) {

    /** Validates the sentence. */
    public Sentence {
        if (index < 0 || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("SGK-0356: bad sentence bounds " + firstToken + ".." + endToken);
        }
        java.util.Objects.requireNonNull(span, "span");
    }

    /** @return the number of tokens */
    public int tokenCount() {
        return endToken - firstToken;
    }
}
