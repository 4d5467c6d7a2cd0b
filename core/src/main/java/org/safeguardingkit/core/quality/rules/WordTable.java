package org.safeguardingkit.core.quality.rules;

import java.util.Map;

/**
 * Internal: an immutable map from words to non-zero int values (bit sets), as an open-addressing table: one hash
 * probe and no boxing per lookup. Absent words give 0.
 *
 * <p>Slots are found from the top bits of the hash times the golden ratio (the hashes of short words are nearly
 * consecutive, which would make long runs with the low bits) and keep their word's hash, so that a probe calls
 * {@code equals} only on a word with the same hash: most lookups are of words in no list and end at an empty slot
 * or a differing hash.
 *
 * <p>The words are interned: the analysis hands out one shared (literal, so interned) string for each of its
 * frequent words, and the rules read those strings, so a lookup of such a word ends at the same string without
 * comparing characters.
 *
 * <p>Immutable and thread-safe.
 */
final class WordTable {

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int shift;

    private WordTable(String[] keys, int[] hashes, int[] values, int shift) {
        this.keys = keys;
        this.hashes = hashes;
        this.values = values;
        this.mask = keys.length - 1;
        this.shift = shift;
    }

    static WordTable of(Map<String, Integer> entries) {
        int cap = 16;
        while (cap < entries.size() * 4) {
            cap <<= 1;
        }
        int shift = Integer.numberOfLeadingZeros(cap) + 1;
        String[] keys = new String[cap];
        int[] hashes = new int[cap];
        int[] values = new int[cap];
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            int v = e.getValue();
            if (v == 0) {
                continue;
            }
            String key = e.getKey().intern();
            int hash = key.hashCode();
            int h = (hash * 0x9E3779B9) >>> shift;
            while (keys[h] != null && !keys[h].equals(key)) {
                h = (h + 1) & (cap - 1);
            }
            keys[h] = key;
            hashes[h] = hash;
            values[h] |= v;
        }
        return new WordTable(keys, hashes, values, shift);
    }

    /** The value of {@code word}, 0 if absent. */
    int get(String word) {
        return get(word, word.hashCode());
    }

    /** The value of {@code word}, 0 if absent, given its {@code hashCode()} (known from the analysis). */
    int get(String word, int hash) {
        int h = (hash * 0x9E3779B9) >>> shift;
        String k;
        while ((k = keys[h]) != null) {
            if (k == word || hashes[h] == hash && k.equals(word)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
        return 0;
    }
}
