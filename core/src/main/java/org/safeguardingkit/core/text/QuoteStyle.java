package org.safeguardingkit.core.text;

/** The marks that open a {@link QuotedSpan}. */
public enum QuoteStyle {
    /** {@code "..."} */
    STRAIGHT_DOUBLE,
    /** {@code '...'} */
    STRAIGHT_SINGLE,
    /** {@code \u201C...\u201D} and {@code \u201E...\u201C} */
    CURLY_DOUBLE,
    /** {@code \u2018...\u2019} */
    CURLY_SINGLE,
    /** {@code \u00AB...\u00BB} and {@code \u2039...\u203A} */
    GUILLEMET,
    /** {@code `...'} and other rare marks */
    OTHER;

    static QuoteStyle of(char open) {
        switch (open) {
            case '"': return STRAIGHT_DOUBLE;
            case '\'': return STRAIGHT_SINGLE;
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': return CURLY_DOUBLE;
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': return CURLY_SINGLE;
            case '\u00AB': case '\u00BB': case '\u2039': case '\u203A': return GUILLEMET;
            default: return OTHER;
        }
    }

    /** @return whether the marks are double ("...") rather than single ('...') */
    public boolean isDouble() {
        return this == STRAIGHT_DOUBLE || this == CURLY_DOUBLE || this == GUILLEMET;
    }
}
