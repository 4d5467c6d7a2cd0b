package org.safeguardingkit.core.text;

import java.util.List;

/**
 * A fixed set of words, numbered densely in the order given, that a token's key or the characters of a word in
 * a text can be looked up in (internal). Built once and then only read.
 *
 * <p>Open addressing on the words' hash codes, probed linearly from the top bits of the hash times the golden
 * ratio (String hashes of short words are nearly consecutive). A cell is two neighbouring longs of {@code cells}:
 * the word's hash, number + 1 (0 for an empty cell) and whether it is {@linkplain #pack short ASCII}; and its
 * {@link #pack}. A short ASCII word is wholly in its pack, so a word of a text whose pack the tokenizer computed
 * while reading it is found without comparing characters; other words are compared character by character in
 * {@code chars}, where the words are written one after another. A bit per word at another mix of its hash rules
 * most absent words out before any probe.
 */
final class WordTable {

    /** How many characters a pack holds whole: 7 bits each, the length in the top byte. */
    static final int PACK_CHARS = 8;
    /** The flag of {@code cells[2 * cell]} of a word with {@link #PACK_CHARS} or fewer ASCII characters. */
    private static final long SHORT_ASCII = 1L << 31;

    private final long[] cells;
    private final char[] chars;
    /** Where each word's characters start in {@link #chars}, by number; one more entry for the end. */
    private final int[] starts;
    private final String[] words;
    private final int mask;
    private final int shift;
    private final long[] bits;
    private final int bitShift;

    /** @param list the words, all different; the first is number 0 */
    WordTable(List<String> list) {
        int count = list.size();
        int size = Integer.highestOneBit(Math.max(2, count) * 2 - 1) * 2; // a quarter to half full
        cells = new long[size * 2];
        words = list.toArray(new String[0]);
        starts = new int[count + 1];
        int length = 0;
        for (int e = 0; e < count; e++) {
            starts[e] = length;
            length += words[e].length();
        }
        starts[count] = length;
        chars = new char[length];
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(size) + 1;
        int bitCount = Math.max(64, size * 4); // 8 to 16 bits per word
        bits = new long[bitCount / 64];
        bitShift = Integer.numberOfLeadingZeros(bitCount) + 1;
        for (int e = 0; e < count; e++) {
            String w = words[e];
            int h = w.hashCode();
            int i = (h * 0x9E3779B9) >>> shift;
            while (cells[i * 2] != 0) {
                i = (i + 1) & mask;
            }
            w.getChars(0, w.length(), chars, starts[e]);
            long p = 0;
            boolean ascii = true;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                ascii &= c < 128;
                p = packChar(p, c);
            }
            boolean shortAscii = ascii && w.length() <= PACK_CHARS;
            cells[i * 2] = (long) h << 32 | (shortAscii ? SHORT_ASCII : 0) | (e + 1);
            cells[i * 2 + 1] = pack(p, w.length());
            int b = (h * 0x85EBCA6B) >>> bitShift;
            bits[b >>> 6] |= 1L << b;
        }
    }

    /**
     * One more character of a word's pack, computed as the word is read: {@code p = packChar(p, c)} for each character
     * from 0, then {@link #pack(long, int)} with the length. The pack keeps the low 7 bits of the last
     * {@link #PACK_CHARS} characters, so a word of at most that many ASCII characters is wholly in it.
     *
     * @param p the pack of the characters before
     * @param c the next character
     * @return the pack with it
     */
    static long packChar(long p, int c) {
        return p << 7 | (c & 0x7F);
    }

    /**
     * @param p      the pack of a word's characters
     * @param length the word's length
     * @return the word's pack: the last characters and the length (up to 255) in the top byte
     */
    static long pack(long p, int length) {
        return p & 0x00FF_FFFF_FFFF_FFFFL | (long) Math.min(length, 255) << 56;
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
        if (absent(hash)) {
            return -1;
        }
        int i = (hash * 0x9E3779B9) >>> shift;
        while (true) {
            long head = cells[i * 2];
            if (head == 0) {
                return -1;
            }
            if ((int) (head >>> 32) == hash) {
                int e = number(head);
                if (matches(e, key)) {
                    return e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * An ASCII word written in a text, found without making a string of it.
     *
     * @param text  the characters of the text
     * @param start first character of the word (ASCII letters, digits and {@code . , :} only)
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's string would be
     * @param pack  the word's {@link #pack(long, int) pack}
     * @return the word's number, or -1 if the table does not hold it
     */
    int find(char[] text, int start, int end, int hash, long pack) {
        return find(hash, pack, text, start, end - start, false);
    }

    /**
     * An ASCII word written in a text, found by its lower case without making a string of it.
     *
     * @param text  the characters of the text
     * @param start first character of the word (ASCII letters, digits and {@code . , :} only)
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's lower case would be
     * @param pack  the {@link #pack(long, int) pack} of the word's lower case
     * @return the number of the word's lower case, or -1 if the table does not hold it
     */
    int findAsciiLowerCase(char[] text, int start, int end, int hash, long pack) {
        return find(hash, pack, text, start, end - start, true);
    }

    /** The probe behind the finds of ASCII words in a text: the bit filter, then the cells. */
    private int find(int hash, long pack, char[] text, int start, int len, boolean lowerCase) {
        if (absent(hash)) {
            return -1;
        }
        int i = (hash * 0x9E3779B9) >>> shift;
        while (true) {
            long head = cells[i * 2];
            if (head == 0) {
                return -1;
            }
            if ((int) (head >>> 32) == hash && cells[i * 2 + 1] == pack) {
                // the same length and last characters: the same word if both are short ASCII
                int e = number(head);
                if ((head & SHORT_ASCII) != 0 || matches(e, text, start, len, lowerCase)) {
                    return e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** @return the number of the word in a cell, from the cell's first long */
    private static int number(long head) {
        return ((int) head & Integer.MAX_VALUE) - 1;
    }

    /** @return whether the bit filter rules out every word with this hash */
    private boolean absent(int hash) {
        int b = (hash * 0x85EBCA6B) >>> bitShift;
        return (bits[b >>> 6] & (1L << b)) == 0;
    }

    /** @return whether word {@code e} is {@code key} */
    private boolean matches(int e, String key) {
        int at = starts[e];
        if (starts[e + 1] - at != key.length()) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (chars[at + k] != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether word {@code e} is {@code text[start, start + len)} (its ASCII lower case when {@code lowerCase}) */
    private boolean matches(int e, char[] text, int start, int len, boolean lowerCase) {
        int at = starts[e];
        if (starts[e + 1] - at != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = text[start + k];
            if (lowerCase && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (chars[at + k] != c) {
                return false;
            }
        }
        return true;
    }
}
