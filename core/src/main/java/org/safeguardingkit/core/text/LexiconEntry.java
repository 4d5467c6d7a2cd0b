package org.safeguardingkit.core.text;

import java.util.Objects;

/**
 * One entry of a {@link Lexicon}: a phrase pattern, the category it belongs to and what to suggest instead.
 *
 * <p>Phrase syntax (words separated by spaces, matched case-insensitively, apostrophes ignored so
 * "doesnt" matches "doesn't"): a plain word matches itself; {@code stem*} matches any word starting with
 * {@code stem} (at least three letters); {@code stem{a,b,}} matches {@code stema}, {@code stemb} or
 * {@code stem} (a word family); {@code _} matches any one word. Hyphens inside words are optional:
 * "attention-seeking" also matches "attention seeking".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param phrase     the pattern, e.g. {@code manipulat{e,es,ed,ing,ive,ion}}
 * @param category   what kind of entry it is (meaning is up to the rule using the lexicon), e.g. {@code label}
 * @param suggestion what a better record would say instead, shown to the writer
 */
public record LexiconEntry(String phrase, String category, String suggestion) {

    /** Validates the entry. */
    public LexiconEntry {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(suggestion, "suggestion");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("SGK-0360: phrase must not be blank");
        }
        if (category.isBlank()) {
            throw new IllegalArgumentException("SGK-0361: category must not be blank (phrase '" + phrase + "')");
        }
        phrase = phrase.strip();
        category = category.strip();
        suggestion = suggestion.strip();
    }

    /**
     * @param phrase     the pattern
     * @param category   the category
     * @param suggestion the suggestion
     * @return a validated entry
     */
    public static LexiconEntry of(String phrase, String category, String suggestion) {
        return new LexiconEntry(phrase, category, suggestion);
    }
}
