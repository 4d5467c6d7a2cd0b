package org.safeguardingkit.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A fixed set of words that an analysis numbers its tokens by: {@link AnalysedText#of(String, Vocabulary)} finds
 * the id of each token's {@link Token#key() key} in the one table lookup the tokenizer makes for a word anyway, and
 * {@link AnalysedText#wordId(int)} answers it. A reader with values for the words of a vocabulary (for example a
 * rule's word lists) keeps them in arrays indexed by id and reads a token's values without looking its key up again;
 * a token whose key is in no list of the vocabulary has id -1, so its values are known without any lookup.
 *
 * <p>A vocabulary holds the words the analysis itself knows (numbered first, from 0) and then the words given to
 * {@link #of(Collection)} that are not among those, numbered on in the order given. Ids are below {@link #size()}.
 * Words are matched exactly, as token keys are: lower case, no apostrophes.
 *
 * <p>Immutable and thread-safe. Meant to be built once (it builds a table) and shared by every analysis that uses
 * it; it holds only the words it is given.
 */
public final class Vocabulary {

    /** The vocabulary of {@link AnalysedText#of(String)}: the analysis's own words only, numbered as its table. */
    static final Vocabulary BUILT_IN = new Vocabulary(List.of());

    /** Every word, built-in ones at their {@link WordClasses} slots, then the others. */
    final WordTable table;
    /** How many words are {@link WordClasses}' own: their ids are their slots, the others' ids are not slots. */
    final int builtIn;
    /** The {@link WordClasses} flags of each id's word (0 for the words given to {@link #of}). */
    final int[] flags;
    /** The id of the key of each one-character ASCII token, -1 for none. */
    final int[] asciiIds;

    private Vocabulary(Collection<String> words) {
        builtIn = WordClasses.size();
        if (words.isEmpty()) {
            table = WordClasses.table();
        } else {
            List<String> all = new ArrayList<>(builtIn + words.size());
            for (int s = 0; s < builtIn; s++) {
                all.add(WordClasses.word(s));
            }
            for (String w : new LinkedHashSet<>(words)) {
                if (WordClasses.slotOf(w, w.hashCode()) < 0) {
                    all.add(w);
                }
            }
            table = new WordTable(all);
        }
        flags = new int[table.size()];
        for (int s = 0; s < builtIn; s++) {
            flags[s] = WordClasses.flags(s);
        }
        asciiIds = new int[128];
        for (int c = 0; c < 128; c++) {
            String key = Token.keyOf(Token.normalise(String.valueOf((char) c)));
            asciiIds[c] = table.find(key, key.hashCode());
        }
    }

    /**
     * A vocabulary of the analysis's own words and the given ones.
     *
     * @param words words to number (token keys: lower case, no apostrophes); duplicates and words the analysis
     *              knows already are numbered once
     * @return the vocabulary
     */
    public static Vocabulary of(Collection<String> words) {
        for (String w : Objects.requireNonNull(words, "words")) {
            Objects.requireNonNull(w, "word");
        }
        return new Vocabulary(List.copyOf(words));
    }

    /**
     * @param word a word
     * @return its id, below {@link #size()}, or -1 if the vocabulary does not hold it
     */
    public int id(String word) {
        return table.find(word, word.hashCode());
    }

    /** @return how many words the vocabulary holds: every id is below it */
    public int size() {
        return table.size();
    }
}
