package org.safeguardingkit.core.text;

import java.util.List;

/**
 * A fixed set of words, numbered densely in the order given, that a token's key or the characters of a word in
 * a text can be looked up in (internal). Built once and then only read.
 *
 * <p>Open addressing on the words' hash codes, probed linearly from the top bits of the hash times the golden
 * ratio (String hashes of short words are nearly consecutive). A probe reads one row of {@code rows},
 * {@link #ROW} ints per cell (hash, number + 1 with 0 for an empty cell, first character in {@code chars},
 * length), and compares characters in {@code chars}, where the words are written one after another: a few
 * neighbouring memory reads instead of a string and its array per word. A bit per word at another mix of its
 * hash rules most absent words out before any probe.
 */
final class WordTable {

    private static final int ROW = 4;

    private final int[] rows;
    private final char[] chars;
    private final String[] words;
    private final int mask;
    private final int shift;
    private final long[] bits;
    private final int bitShift;

    /** @param list the words, all different; the first is number 0 */
    WordTable(List<String> list) {
        int count = list.size();
        int size = Integer.highestOneBit(Math.max(2, count) * 2 - 1) * 2; // a quarter to half full
        rows = new int[size * ROW];
        words = list.toArray(new String[0]);
        int length = 0;
        for (String w : words) {
            length += w.length();
        }
        chars = new char[length];
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(size) + 1;
        int bitCount = Math.max(64, size * 4); // 8 to 16 bits per word
        bits = new long[bitCount / 64];
        bitShift = Integer.numberOfLeadingZeros(bitCount) + 1;
        int at = 0;
        for (int e = 0; e < count; e++) {
            String w = words[e];
            int h = w.hashCode();
            int i = (h * 0x9E3779B9) >>> shift;
            while (rows[i * ROW + 1] != 0) {
                i = (i + 1) & mask;
            }
            w.getChars(0, w.length(), chars, at);
            rows[i * ROW] = h;
            rows[i * ROW + 1] = e + 1;
            rows[i * ROW + 2] = at;
            rows[i * ROW + 3] = w.length();
            at += w.length();
            int b = (h * 0x85EBCA6B) >>> bitShift;
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** @return how many words: every number is below it */
    int size() {
        return words.length;
    }

    /**
     * @param number a number from {@link #find}
     * @return the word with that number
     */
    String word(int number) {
        return words[number];
    }

    /**
     * @param key  a word
     * @param hash {@code key.hashCode()}
     * @return the word's number, or -1 if the table does not hold it
     */
    int find(String key, int hash) {
        return probe(hash, key.length(), key, null, 0, false);
    }

    /**
     * A word written in a text, found without making a string of it.
     *
     * @param text  the characters of the text
     * @param start first character of the word
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's string would be
     * @return the word's number, or -1 if the table does not hold it
     */
    int find(char[] text, int start, int end, int hash) {
        return probe(hash, end - start, null, text, start, false);
    }

    /**
     * An ASCII word written in a text, found by its lower case without making a string of it.
     *
     * @param text  the characters of the text
     * @param start first character of the word (ASCII letters and digits only)
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's lower case would be
     * @return the number of the word's lower case, or -1 if the table does not hold it
     */
    int findAsciiLowerCase(char[] text, int start, int end, int hash) {
        return probe(hash, end - start, null, text, start, true);
    }

    /**
     * The one probe behind the finds: the bit filter, then the open-addressing rows; a word given as {@code key}, or as
     * {@code text[start, start + len)} (by its lower case when {@code lowerCase}).
     */
    private int probe(int hash, int len, String key, char[] text, int start, boolean lowerCase) {
        int b = (hash * 0x85EBCA6B) >>> bitShift;
        if ((bits[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        int[] r = rows;
        int i = (hash * 0x9E3779B9) >>> shift;
        while (true) {
            int c = i * ROW;
            int e = r[c + 1];
            if (e == 0) {
                return -1;
            }
            if (r[c] == hash && r[c + 3] == len && (key != null ? matches(r[c + 2], key)
                    : lowerCase ? matchesLowerCase(r[c + 2], text, start, len) : matches(r[c + 2], text, start, len))) {
                return e - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** @return whether the lower case of ASCII {@code text[start, start + len)} is in {@link #chars} at {@code at} */
    private boolean matchesLowerCase(int at, char[] text, int start, int len) {
        for (int k = 0; k < len; k++) {
            char c = text[start + k];
            if (chars[at + k] != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code key} is written in {@link #chars} from {@code at} */
    private boolean matches(int at, String key) {
        for (int k = 0; k < key.length(); k++) {
            if (chars[at + k] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code text[start, start + len)} is written in {@link #chars} from {@code at} */
    private boolean matches(int at, char[] text, int start, int len) {
        for (int k = 0; k < len; k++) {
            if (chars[at + k] != text[start + k]) {
                return false;
            }
        }
        return true;
    }
}
