package org.safeguardingkit.core.quality.rules;

import java.util.Map;
import org.safeguardingkit.core.text.Vocabulary;

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
 * <p>Most lookups end at their first slot: the word itself (a shared string) or an empty slot. That case is told by
 * the slot's word alone, with one branch that is nearly always taken, and an absent word gets the index of a slot
 * past the table whose values are 0 ({@link #slot}), so that neither telling a hit from a miss there nor reading the
 * values afterwards branches on the outcome, which follows no pattern a processor could predict (a passage's words
 * are looked up one after the other, about half of them in the table).
 *
 * <p>Immutable and thread-safe.
 */
final class WordTable {

    /** Ints per slot in {@link #slots}: the word's hash, 1 when the slot holds a word, its first and second value. */
    private static final int STRIDE = 4;

    private final String[] keys;
    /**
     * Per slot, {@link #STRIDE} ints: the hash, whether used, the first and the second value (0 when the table has
     * none), side by side so that a probe reads one place for all but the word itself.
     */
    private final int[] slots;
    private final int mask;
    private final int shift;
    /** The slot of an absent word: past the table ({@link #keys} has none), its values 0. */
    private final int absent;

    private WordTable(String[] keys, int[] slots, int shift) {
        this.keys = keys;
        this.slots = slots;
        this.mask = keys.length - 1;
        this.shift = shift;
        this.absent = keys.length;
    }

    static WordTable of(Map<String, Integer> entries) {
        return of(entries, null);
    }

    /**
     * A table with two values per word: {@link #get} answers the first, {@link #second(int)} the second of the slot
     * {@link #slot} finds, so two word sets are looked up together in one probe.
     *
     * @param second the second values, or null for a table of one value
     */
    static WordTable of(Map<String, Integer> entries, Map<String, Integer> second) {
        int words = entries.size();
        if (second != null) {
            for (String w : second.keySet()) {
                words += entries.containsKey(w) ? 0 : 1;
            }
        }
        int cap = 16;
        while (cap < words * 4) {
            cap <<= 1;
        }
        int shift = Integer.numberOfLeadingZeros(cap) + 1;
        String[] keys = new String[cap];
        // one more slot, all 0: the slot of absent words
        int[] slots = new int[(cap + 1) * STRIDE];
        put(entries, keys, slots, 2, shift);
        if (second != null) {
            put(second, keys, slots, 3, shift);
        }
        return new WordTable(keys, slots, shift);
    }

    /** Adds the non-zero values of {@code entries} to value {@code at} of their slots, placing their words as needed. */
    private static void put(Map<String, Integer> entries, String[] keys, int[] slots, int at, int shift) {
        int cap = keys.length;
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
            slots[h * STRIDE] = hash;
            slots[h * STRIDE + 1] = 1;
            slots[h * STRIDE + at] |= v;
        }
    }

    /** The value of {@code word}, 0 if absent. */
    int get(String word) {
        return first(slot(word, word.hashCode()));
    }

    /** The value of {@code word}, 0 if absent, given its {@code hashCode()} (known from the analysis). */
    int get(String word, int hash) {
        return first(slot(word, hash));
    }

    /**
     * The slot of {@code word}, or if absent that of no word (whose values are 0): {@link #first(int)} and
     * {@link #second(int)} read its values.
     */
    int slot(String word) {
        return slot(word, word.hashCode());
    }

    /** {@link #slot(String)}, given the word's {@code hashCode()} (known from the analysis). */
    int slot(String word, int hash) {
        int h = (hash * 0x9E3779B9) >>> shift;
        String k = keys[h];
        // the common cases, told apart without a branch: the same string here (a hit), or no word (a miss)
        if (k == word | k == null) {
            return k == null ? absent : h;
        }
        return probe(word, hash, h);
    }

    /** {@link #slot(String, int)} from slot {@code h} on, where a word other than the same string is. */
    private int probe(String word, int hash, int h) {
        int[] s = slots;
        while (s[h * STRIDE + 1] != 0) {
            if (s[h * STRIDE] == hash) {
                String k = keys[h];
                if (k == word || k.equals(word)) {
                    return h;
                }
            }
            h = (h + 1) & mask;
        }
        return absent;
    }

    /** @return the words of the table, in no particular order */
    java.util.List<String> words() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String k : keys) {
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The values of the table by {@link Vocabulary} id, so that a token numbered by an analysis with that vocabulary
     * is answered without a probe: entry {@code id + 1} is the value of the word with that id, entry 0 (id -1, a
     * word the vocabulary does not hold) is 0.
     *
     * @param vocabulary a vocabulary
     * @param second     the second values rather than the first
     * @return the values, or null if the vocabulary lacks a word of the table (then only probes answer right)
     */
    int[] byId(Vocabulary vocabulary, boolean second) {
        int[] out = new int[vocabulary.size() + 1];
        for (int h = 0; h < keys.length; h++) {
            if (keys[h] != null) {
                int id = vocabulary.id(keys[h]);
                if (id < 0) {
                    return null;
                }
                out[id + 1] = second ? second(h) : first(h);
            }
        }
        return out;
    }

    /** The (first) value of the word in slot {@code slot} from {@link #slot}, 0 for an absent word. */
    int first(int slot) {
        return slots[slot * STRIDE + 2];
    }

    /**
     * The second value of the word in slot {@code slot} from {@link #slot}, 0 for an absent word or a table of one
     * value.
     */
    int second(int slot) {
        return slots[slot * STRIDE + 3];
    }
}
