package org.safeguardingkit.core.text;

import java.util.List;
import java.util.Set;

/** Finds sentence boundaries over tokens in one pass (internal). */
final class SentenceSplitter {

    static final Set<String> ABBREVIATIONS = words(
            "mr", "mrs", "ms", "dr", "st", "prof", "rev", "sr", "jr", "approx", "appt", "cf", "vs", "incl", "esp",
            "dept", "capt", "sgt", "insp", "det", "no", "nos", "tel", "ref", "fig", "cllr", "mx");

    private SentenceSplitter() {
    }

    /**
     * Splits the tokens into sentences.
     *
     * @param tokens          the tokens, {@code count} of them
     * @param lineBreakBefore per token, whether a line break comes before it (null: no line breaks)
     * @param sentenceOf      filled in: per token, the index of its sentence
     * @return the sentences, an unmodifiable list
     */
    static List<Sentence> split(String text, Token[] tokens, int count, String[] keys, int[] wordClass,
            boolean[] lineBreakBefore, int[] sentenceOf, WorkMeter meter) {
        Sentence[] out = new Sentence[4];
        int size = 0;
        int n = count;
        int first = 0;
        int steps = 0; // one per token looked at, added to the meter once at the end
        for (int i = 0; i < n; i++) {
            steps++;
            boolean end = false;
            int last = i;
            // punctuation starting with . ! ? or …, marked while tokenizing: the other tokens need not be read
            if ((wordClass[i] & WordClasses.TERMINATOR) != 0 && !isAbbreviation(tokens, n, keys, wordClass, i)) {
                end = true;
                // take closing quotes and brackets written straight after the terminator
                while (last + 1 < n && tokens[last + 1].start() == tokens[last].end()
                        && closesAfterTerminator(tokens[last + 1])) {
                    last++;
                }
            }
            if (!end && i + 1 < n && lineBreakBefore != null && lineBreakBefore[i + 1]) {
                end = true;
            }
            if (end || last == n - 1) {
                if (size == out.length) {
                    out = java.util.Arrays.copyOf(out, size * 2);
                }
                out[size] = make(text, tokens, size, first, last + 1, sentenceOf);
                size++;
                first = last + 1;
                i = last;
            }
        }
        if (first < n) {
            if (size == out.length) {
                out = java.util.Arrays.copyOf(out, size + 1);
            }
            out[size] = make(text, tokens, size, first, n, sentenceOf);
            size++;
        }
        meter.add(steps);
        return size == 0 ? List.of() : new ReadOnlyList<>(out, size);
    }

    private static Sentence make(String text, Token[] tokens, int index, int first, int end, int[] sentenceOf) {
        for (int i = first; i < end; i++) {
            sentenceOf[i] = index;
        }
        return new Sentence(index, TextSpan.of(text, tokens[first].start(), tokens[end - 1].end()), first, end);
    }

    private static boolean closesAfterTerminator(Token t) {
        if (t.kind() == TokenKind.QUOTE) {
            char c = t.text().charAt(0);
            return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
        }
        return t.kind() == TokenKind.PUNCTUATION && (t.text().equals(")") || t.text().equals("]"));
    }

    private static boolean isAbbreviation(Token[] tokens, int n, String[] keys, int[] wordClass, int i) {
        Token t = tokens[i];
        if (!t.text().equals(".") || i == 0) {
            return false;
        }
        Token prev = tokens[i - 1];
        if (prev.end() != t.start() || prev.kind() != TokenKind.WORD) {
            return false;
        }
        if (i + 1 < n && tokens[i + 1].start() == t.end() && tokens[i + 1].isWordLike()) {
            return true; // "e.g", "a.m"
        }
        String w = prev.normal();
        // the list has no apostrophes: a normal form in it is its own key
        if ((wordClass[i - 1] & WordClasses.ABBREVIATION) != 0 && keys[i - 1] == w) {
            if (w.equals("no")) {
                return i + 1 < n && tokens[i + 1].kind() == TokenKind.NUMBER;
            }
            return true;
        }
        // single letters: "e.g.", "i.e.", initials "J. Smith"
        return w.length() == 1 && (Character.isLowerCase(w.charAt(0)) && prev.text().equals(w)
                || i + 1 < n && tokens[i + 1].isCapitalised() && i >= 2
                        && tokens[i - 2].isCapitalised());
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
