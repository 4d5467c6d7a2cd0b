package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * A range of a text: UTF-16 offsets (Java {@code String} indices), {@code start} inclusive, {@code end}
 * exclusive, and the covered characters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start first character, {@code >= 0}
 * @param end   one past the last character, {@code > start}
 * @param text  the covered characters
 */
public record TextSpan(int start, int end, String text) {

    /** Validates the span. */
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("SGK-0301: span start/end must satisfy 0 <= start < end, got " + start + ".." + end);
        }
    }

    /**
     * The span {@code [start, end)} of {@code source}.
     *
     * @param source the full text
     * @param start  first character
     * @param end    one past the last
     * @return the span
     */
    public static TextSpan of(String source, int start, int end) {
        Objects.requireNonNull(source, "source");
        if (end > source.length()) {
            throw new IllegalArgumentException("SGK-0302: span end " + end + " beyond text length " + source.length());
        }
        return new TextSpan(start, end, source.substring(Math.max(0, start), Math.max(start, end)));
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }
}
