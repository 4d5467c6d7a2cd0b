package org.safeguardingkit.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of an {@link AnalysedText}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  position in {@link AnalysedText#tokens()}
 * @param start  first character (UTF-16 offset)
 * @param end    one past the last character
 * @param text   the characters as written
 * @param normal lower case, curly apostrophes made straight
 * @param kind   what the token is
 */
public record Token(int index, int start, int end, String text, String normal, TokenKind kind) {

    /** Validates the token. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normal, "normal");
        Objects.requireNonNull(kind, "kind");
        if (index < 0 || start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("SGK-0355: bad token bounds index=" + index + " start=" + start + " end=" + end);
        }
    }

    /** @return whether this is a word or a number */
    public boolean isWordLike() {
        return kind == TokenKind.WORD || kind == TokenKind.NUMBER;
    }

    /** @return the token as a span */
    public TextSpan span() {
        return new TextSpan(start, end, text);
    }

    /** @return whether the token starts with an upper-case letter */
    public boolean isCapitalised() {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        // ASCII needs no Unicode tables: only A-Z are upper case there
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * The comparison key used by {@link Lexicon} matching: the normal form without apostrophes, so that
     * "doesn't", "doesnt" and "doesn’t" compare equal.
     *
     * @return the matching key
     */
    public String key() {
        return keyOf(normal);
    }

    static String normalise(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                break;
            }
            i++;
        }
        if (i == n) {
            return text; // ASCII with no capitals: already its own lower case, no curly apostrophes
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') < 0 && lower.indexOf('\u02BC') < 0 && lower.indexOf('\u2018') < 0) {
            return lower;
        }
        return lower.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'');
    }

    static String keyOf(String normal) {
        return normal.indexOf('\'') < 0 ? normal : normal.replace("'", "");
    }
}
