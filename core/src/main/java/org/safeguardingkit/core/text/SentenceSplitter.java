package org.safeguardingkit.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds sentence boundaries over tokens in one pass (internal). */
final class SentenceSplitter {

    static final Set<String> ABBREVIATIONS = words(
            "mr", "mrs", "ms", "dr", "st", "prof", "rev", "sr", "jr", "approx", "appt", "cf", "vs", "incl", "esp",
            "dept", "capt", "sgt", "insp", "det", "no", "nos", "tel", "ref", "fig", "cllr", "mx");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Token> tokens, String[] keys, int[] wordClass, boolean[] lineBreakBefore,
            WorkMeter meter) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            meter.add(1);
            boolean end = false;
            int last = i;
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PUNCTUATION && isTerminator(t.text()) && !isAbbreviation(tokens, keys, wordClass, i)) {
                end = true;
                // take closing quotes and brackets written straight after the terminator
                while (last + 1 < n && tokens.get(last + 1).start() == tokens.get(last).end()
                        && closesAfterTerminator(tokens.get(last + 1))) {
                    last++;
                }
            }
            if (!end && i + 1 < n && lineBreakBefore[i + 1]) {
                end = true;
            }
            if (end || last == n - 1) {
                out.add(make(text, tokens, out.size(), first, last + 1));
                first = last + 1;
                i = last;
            }
        }
        if (first < n) {
            out.add(make(text, tokens, out.size(), first, n));
        }
        return out;
    }

    private static Sentence make(String text, List<Token> tokens, int index, int first, int end) {
        return new Sentence(index, TextSpan.of(text, tokens.get(first).start(), tokens.get(end - 1).end()), first, end);
    }

    private static boolean isTerminator(String s) {
        char c = s.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean closesAfterTerminator(Token t) {
        if (t.kind() == TokenKind.QUOTE) {
            char c = t.text().charAt(0);
            return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
        }
        return t.kind() == TokenKind.PUNCTUATION && (t.text().equals(")") || t.text().equals("]"));
    }

    private static boolean isAbbreviation(List<Token> tokens, String[] keys, int[] wordClass, int i) {
        Token t = tokens.get(i);
        if (!t.text().equals(".") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end() != t.start() || prev.kind() != TokenKind.WORD) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).isWordLike()) {
            return true; // "e.g", "a.m"
        }
        String w = prev.normal();
        // the list has no apostrophes: a normal form in it is its own key
        if ((wordClass[i - 1] & WordClasses.ABBREVIATION) != 0 && keys[i - 1] == w) {
            if (w.equals("no")) {
                return i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.NUMBER;
            }
            return true;
        }
        // single letters: "e.g.", "i.e.", initials "J. Smith"
        return w.length() == 1 && (Character.isLowerCase(w.charAt(0)) && prev.text().equals(w)
                || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised() && i >= 2
                        && tokens.get(i - 2).isCapitalised());
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
