package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Internal: a set of phrases (word sequences) matched against {@link Passage} tokens, longest match first.
 * Lookup is one hash probe per token plus a comparison per candidate phrase starting with that word.
 *
 * <p>Immutable and thread-safe.
 */
final class Phrases {

    private final Map<String, List<String[]>> byFirst;
    /**
     * {@link #byFirst} as an open-addressing table: first words (interned, as the analysis's frequent words are, so a
     * probe with such a word ends at the same string) with their hash codes, and their phrases, longest first.
     */
    private final String[] firstWords;
    private final int[] firstHashes;
    private final String[][][] candidates;
    private final int mask;

    private Phrases(Map<String, List<String[]>> byFirst) {
        this.byFirst = byFirst;
        int cap = 16;
        while (cap < byFirst.size() * 3) {
            cap <<= 1;
        }
        firstWords = new String[cap];
        firstHashes = new int[cap];
        candidates = new String[cap][][];
        mask = cap - 1;
        for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
            int h = slot(e.getKey().hashCode());
            while (firstWords[h] != null) {
                h = (h + 1) & mask;
            }
            firstWords[h] = e.getKey();
            firstHashes[h] = e.getKey().hashCode();
            candidates[h] = e.getValue().toArray(new String[0][]);
        }
    }

    private int slot(int h) {
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * The phrases starting with {@code word}, longest first, or null: for {@link #match(Passage, int, String[][])},
     * to a caller that keeps them by word.
     */
    String[][] startingWith(String word) {
        int hash = word.hashCode();
        int h = slot(hash);
        String k;
        while ((k = firstWords[h]) != null) {
            if (k == word || firstHashes[h] == hash && k.equals(word)) {
                return candidates[h];
            }
            h = (h + 1) & mask;
        }
        return null;
    }

    static Phrases of(Collection<String> phrases) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String ph : phrases) {
            String[] words = split(ph);
            if (words.length == 0) {
                continue;
            }
            for (int k = 0; k < words.length; k++) {
                // interned: a word the analysis hands out as a shared literal then compares by reference
                words[k] = words[k].intern();
            }
            m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        for (List<String[]> l : m.values()) {
            l.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Phrases(Map.copyOf(frozen));
    }

    static String[] split(String phrase) {
        String norm = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim();
        if (norm.isEmpty()) {
            return new String[0];
        }
        // norm.split("\\s+") without a regex: norm is trimmed, so it neither starts nor ends with a separator
        int count = 1;
        for (int i = 0; i < norm.length(); i++) {
            if (isSpace(norm.charAt(i)) && !isSpace(norm.charAt(i - 1))) {
                count++;
            }
        }
        String[] parts = new String[count];
        int n = 0;
        int from = 0;
        for (int i = 0; i <= norm.length(); i++) {
            if (i == norm.length() || isSpace(norm.charAt(i))) {
                if (i > from) {
                    parts[n++] = key(norm.substring(from, i));
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The matching key of a word: lower case, dots removed from abbreviations ("n.f.a." is "nfa"). */
    static String key(String lowerWord) {
        if (lowerWord.indexOf('.') < 0) {
            return lowerWord;
        }
        StringBuilder b = new StringBuilder(lowerWord.length());
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = lowerWord.charAt(i);
            if (c != '.') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Adds {@code bit} to the mask of every first word of these phrases. */
    void markFirstWords(Map<String, Integer> masks, int bit) {
        for (String w : byFirst.keySet()) {
            masks.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** Number of tokens of the longest phrase matching at token {@code i} (words only, unquoted), or 0. */
    int match(Passage p, int i) {
        if (!p.isWord(i)) {
            return 0;
        }
        return match(p, i, startingWith(p.key(i)));
    }

    /**
     * {@link #match(Passage, int)} given the phrases starting with the key of word {@code i}, longest first, or null
     * for none ({@link #startingWith} of its key), so that a caller that knows them already does not look them up.
     */
    static int match(Passage p, int i, String[][] cands) {
        if (cands == null || !p.isWord(i)) {
            return 0;
        }
        for (String[] ph : cands) {
            if (matches(p, i, ph)) {
                return ph.length;
            }
        }
        return 0;
    }

    private static boolean matches(Passage p, int i, String[] ph) {
        if (i + ph.length > p.size) {
            return false;
        }
        for (int k = 1; k < ph.length; k++) {
            int t = i + k;
            if (!p.isWord(t) || !p.key(t).equals(ph[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text (one field value) as a whole is one of the phrases, ignoring case, spaces and end dots. */
    boolean isWhole(String text) {
        String first = firstKey(text);
        if (first != null && !byFirst.containsKey(first)) {
            return false; // most texts: no phrase starts with their first word
        }
        String[] words = split(withoutEndDots(text));
        if (words.length == 0) {
            return byFirst.containsKey("");
        }
        List<String[]> cands = byFirst.get(words[0]);
        if (cands == null) {
            return false;
        }
        for (String[] ph : cands) {
            if (java.util.Arrays.equals(ph, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key of the first of {@code split(withoutEndDots(text))}, found without copying the text, or null when that
     * is not simple: no word, a line break (where {@code withoutEndDots} needs its regex) or a first word beyond ASCII.
     */
    private static String firstKey(String text) {
        int e = text.length();
        for (int i = 0; i < e; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        while (e > 0 && isEndDot(text.charAt(e - 1))) {
            e--;
        }
        // trimmed as String.trim() does, then up to the first separator of split
        int s = 0;
        while (s < e && text.charAt(s) <= ' ') {
            s++;
        }
        while (e > s && text.charAt(e - 1) <= ' ') {
            e--;
        }
        if (s == e) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = s; i < e && !isSpace(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return null; // lower-casing beyond ASCII is left to toLowerCase
            }
            if (c != '.') {
                key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return key.toString();
    }

    /** {@code text.replaceAll("[.!?,;:]+$", "")} without a regex (the regex only where a line break is involved). */
    static String withoutEndDots(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return END_DOTS.matcher(text).replaceAll(""); // '$' also matches before a final line break
            }
        }
        int end = text.length();
        while (end > 0 && isEndDot(text.charAt(end - 1))) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    private static boolean isEndDot(char c) {
        return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':';
    }

    private static final java.util.regex.Pattern END_DOTS = java.util.regex.Pattern.compile("[.!?,;:]+$");
}
