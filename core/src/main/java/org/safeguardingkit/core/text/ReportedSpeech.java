package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * Words attributed to someone: "she told me that ...", "Mum said ...", "he disclosed ...", "Dad says he
 * thinks ...", "according to X, ...".
 *
 * <p>{@code contentStart}/{@code contentEnd} bound the reported words: for direct speech the quotation,
 * for indirect speech the rest of the sentence (up to a first-person clause such as ", I think ..." or a
 * semicolon).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind         how the words are attributed
 * @param speaker      who they are attributed to
 * @param cue          the reporting words ("told", "according to")
 * @param contentStart first character of the reported words
 * @param contentEnd   one past their last character
 * @param direct       whether the words are quoted
 */
public record ReportedSpeech(ReportKind kind, Speaker speaker, TextSpan cue, int contentStart, int contentEnd, boolean direct) {

    /** Validates the report. */
    public ReportedSpeech {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        if (contentStart < 0 || contentEnd <= contentStart) {
            throw new IllegalArgumentException("SGK-0358: bad reported content " + contentStart + ".." + contentEnd);
        }
    }

    /**
     * @param offset a character offset
     * @return whether the offset is inside the reported words
     */
    public boolean contains(int offset) {
        return offset >= contentStart && offset < contentEnd;
    }
}
