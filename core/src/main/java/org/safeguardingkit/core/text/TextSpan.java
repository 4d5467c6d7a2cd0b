package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * A non-empty run of characters of a text: UTF-16 offsets (Java {@code String} indices), end exclusive,
 * and the characters themselves.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start first character, {@code >= 0}
 * @param end   one past the last character, {@code > start}
 * @param text  the characters {@code source.substring(start, end)}
 */
public record TextSpan(int start, int end, String text) {

    /** Validates the span. */
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0) {
            throw new IllegalArgumentException("SGK-0351: start must be >= 0 but was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("SGK-0352: end must be > start but was start=" + start + ", end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("SGK-0353: text length " + text.length() + " does not match end - start = "
                    + (end - start));
        }
    }

    /**
     * The span {@code [start, end)} of {@code source}.
     *
     * @param source the whole text
     * @param start  first character
     * @param end    one past the last character
     * @return the span
     */
    public static TextSpan of(String source, int start, int end) {
        Objects.requireNonNull(source, "source");
        if (start < 0 || end > source.length() || end <= start) {
            throw new IllegalArgumentException("SGK-0354: span [" + start + ", " + end + ") is not inside a text of length "
                    + source.length());
        }
        return new TextSpan(start, end, source.substring(start, end));
    }

    /** @return the number of UTF-16 units covered */
    public int length() {
        return end - start;
    }

    /**
     * @param offset a character offset
     * @return whether {@code start <= offset < end}
     */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * @param other another span of the same text
     * @return whether the two share at least one character
     */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
