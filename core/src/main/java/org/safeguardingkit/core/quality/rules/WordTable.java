package org.safeguardingkit.core.quality.rules;

import java.util.Map;

/**
 * Internal: an immutable map from words to non-zero int values (bit sets), as an open-addressing table: one hash
 * probe and no boxing per lookup. Absent words give 0.
 *
 * <p>Immutable and thread-safe.
 */
final class WordTable {

    private final String[] keys;
    private final int[] values;
    private final int mask;

    private WordTable(String[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    static WordTable of(Map<String, Integer> entries) {
        int cap = 16;
        while (cap < entries.size() * 3) {
            cap <<= 1;
        }
        String[] keys = new String[cap];
        int[] values = new int[cap];
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            int v = e.getValue();
            if (v == 0) {
                continue;
            }
            int h = spread(e.getKey().hashCode()) & (cap - 1);
            while (keys[h] != null && !keys[h].equals(e.getKey())) {
                h = (h + 1) & (cap - 1);
            }
            keys[h] = e.getKey();
            values[h] |= v;
        }
        return new WordTable(keys, values);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of {@code word}, 0 if absent. */
    int get(String word) {
        int h = spread(word.hashCode()) & mask;
        String k;
        while ((k = keys[h]) != null) {
            if (k.equals(word)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
        return 0;
    }
}
