package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * Words inside quotation marks: someone's words, not the writer's.
 *
 * <p>{@code start}/{@code end} include the marks; {@code contentStart}/{@code contentEnd} exclude them (the
 * content may be empty). An unclosed quote ({@code closed == false}) ends at the end of the sentence it
 * opened in, or where an enclosing quote closes. {@code depth} is 0 for an outermost quote, 1 for a quote
 * inside it, and so on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start        offset of the opening mark
 * @param end          one past the closing mark (or past the last character covered, if unclosed)
 * @param contentStart first character after the opening mark
 * @param contentEnd   one past the last character of the content
 * @param style        the opening mark's style
 * @param depth        nesting depth, 0 for outermost
 * @param closed       whether a closing mark was found
 */
public record QuotedSpan(int start, int end, int contentStart, int contentEnd, QuoteStyle style, int depth, boolean closed) {

    /** Validates the quote. */
    public QuotedSpan {
        Objects.requireNonNull(style, "style");
        if (start < 0 || contentStart <= start || contentEnd < contentStart || end < contentEnd || depth < 0) {
            throw new IllegalArgumentException("SGK-0357: bad quote bounds " + start + "/" + contentStart + "/" + contentEnd + "/" + end);
        }
    }

    /**
     * @param offset a character offset
     * @return whether {@code start <= offset < end}
     */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * @param source the analysed text
     * @return the quoted words without the marks (may be empty)
     */
    public String content(String source) {
        return source.substring(contentStart, contentEnd);
    }
}
