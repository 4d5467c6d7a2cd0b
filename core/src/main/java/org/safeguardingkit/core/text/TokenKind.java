package org.safeguardingkit.core.text;

/** What a {@link Token} is. */
public enum TokenKind {
    /** Letters, possibly with inner apostrophes ("didn't", "O'Neil"). */
    WORD,
    /** Starts with a digit: "12:40", "4cm", "3rd", "8.05". */
    NUMBER,
    /** A quotation mark or apostrophe character not inside a word; see {@link QuotedSpan} for its role. */
    QUOTE,
    /** A hyphen joining two words without spaces ("attention-seeking"); phrase matching skips it. */
    JOINER,
    /** Sentence and clause punctuation, brackets, dashes. */
    PUNCTUATION,
    /** Anything else: currency signs, emoji, symbols. */
    SYMBOL
}
