package org.safeguardingkit.core.quality.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.text.AnalysedText;
import org.safeguardingkit.core.text.Vocabulary;

/**
 * Internal: a rule's word lists, read once from {@code org/safeguardingkit/core/quality/<rule-id>/lexicon.yaml}
 * (a map of list name to entries). Entries are lower-cased; a rule set may add entries to any list
 * ({@code lexicon: {<rule-id>: {<list>: [...]}}}), consulted at check time.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {

    /**
     * In {@link #marks}: the word's lower-case form ends with "n't" (a negation: "didn't", "wasn't"); in
     * {@link #companionWords}: its key does. Found in the pass that reads the word's last characters anyway, for
     * possessives. The sign bit: never the bit of a list (a lexicon has at most 31), nor of a companion word.
     */
    static final int ENDS_NT = 1 << 31;

    private final String ruleId;
    private final Map<String, Set<String>> lists;
    private final List<String> names;
    /** Word to the bit set of the lists holding it: one lookup classifies a word against every list. */
    private final WordTable masks;
    /** The rule's own word sets (not configurable, not in {@link #lists}), after the shipped lists in {@link #names}. */
    private final Map<String, Set<String>> internal;
    /** How many of {@link #names} are shipped lists (a rule set may extend these). */
    private final int shipped;
    /** The companion words (see {@link #withCompanion}): second values of {@link #masks}; empty when none. */
    private final Map<String, Integer> companion;
    /** The key under which a passage caches the {@link #companionWords} (its own marks are cached under this). */
    private final Object companionOwner = new Object();
    /**
     * The values of {@link #masks} by id of the rules' {@link #vocabulary()} ({@link WordTable#byId}): the first and
     * the second values; made on first use; {@link #NOT_BY_ID} if the vocabulary lacks a word of this lexicon.
     */
    private volatile int[][] byId;

    /** {@link #byId} of a lexicon whose words the rules' vocabulary does not all hold: looked up by probing. */
    private static final int[][] NOT_BY_ID = new int[2][];

    /**
     * The words the rules look the tokens of an analysis up in: the child-voice lexicon (with its companion words) and
     * the opinion finder's word flags. Built on first use, after the rules' tables.
     */
    private static final class Words {
        static final Vocabulary VOCABULARY = build();

        private static Vocabulary build() {
            List<String> words = new java.util.ArrayList<>(ChildVoiceRule.LEXICON.words());
            words.addAll(OpinionFinder.words());
            return Vocabulary.of(words);
        }
    }

    /** @return the vocabulary the rules analyse texts with: see {@link #analysed} */
    static Vocabulary vocabulary() {
        return Words.VOCABULARY;
    }

    /**
     * The shared analysis of a field's text in this check, its tokens numbered by the rules' {@link #vocabulary()}
     * (unless a rule outside this package asked for the analysis first: then its tokens are looked up as before).
     */
    static AnalysedText analysed(RuleContext context, String text) {
        return context.derived(text, AnalysedText.class, t -> AnalysedText.of(t, vocabulary()));
    }

    /** {@link #byId}, made if need be; its arrays are null if words are looked up by probing. */
    private int[][] byId() {
        int[][] b = byId;
        if (b == null) {
            Vocabulary v = vocabulary();
            int[] first = masks.byId(v, false);
            int[] second = masks.byId(v, true);
            b = first == null || second == null ? NOT_BY_ID : new int[][] {first, second};
            byId = b;
        }
        return b;
    }

    private Lexicon(String ruleId, Map<String, Set<String>> lists, List<String> names, Map<String, Set<String>> internal,
            Map<String, Integer> companion) {
        this.ruleId = ruleId;
        this.lists = lists;
        this.internal = internal;
        this.shipped = lists.size();
        this.names = names;
        this.companion = companion;
        if (names.size() > 31) {
            throw new IllegalStateException("SGK-0422: too many lists in the lexicon of " + ruleId);
        }
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int bit = 1 << i;
            Set<String> words = i < shipped ? lists.get(names.get(i)) : internal.get(names.get(i));
            for (String w : words) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }
        this.masks = WordTable.of(m, companion.isEmpty() ? null : companion);
    }

    private Lexicon(String ruleId, Map<String, Set<String>> lists) {
        this(ruleId, lists, List.copyOf(lists.keySet()), Map.of(), Map.of());
    }

    /**
     * This lexicon with one more word set of the rule's own (lower case), marked by {@link #marks} like a list but
     * not configurable by a rule set and not answered by {@link #has} or {@link #list}: a rule's fixed words, so one
     * lookup per token also tells whether a token is one of them.
     */
    Lexicon withInternal(String name, Set<String> words) {
        if (names.contains(name)) {
            throw new IllegalStateException("SGK-0422: list '" + name + "' is already in the lexicon of " + ruleId);
        }
        List<String> more = new java.util.ArrayList<>(names);
        more.add(name);
        Map<String, Set<String>> in = new java.util.HashMap<>(internal);
        in.put(name, Set.copyOf(words));
        return new Lexicon(ruleId, lists, List.copyOf(more), Map.copyOf(in), companion);
    }

    /**
     * This lexicon with the words of another rule as a companion: word to bits of that rule's own meaning, looked up
     * in the same probe as this lexicon's lists when {@link #marks} is computed, and read by {@link #companionWords}.
     * A rule that reads each word of a passage in its own small table reads it here instead, so each word is looked
     * up once for both rules.
     */
    Lexicon withCompanion(Map<String, Integer> words) {
        return new Lexicon(ruleId, lists, names, internal, Map.copyOf(words));
    }

    /** @return the words of the lists, the rule's own word sets and the companion words, in no particular order */
    List<String> words() {
        return masks.words();
    }

    /** The bit of list {@code name} in {@link #mask(String)} values. */
    int bit(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("SGK-0423: no list '" + name + "' in the lexicon of " + ruleId);
        }
        return 1 << i;
    }

    /** The lists (as bits) holding {@code word} (lower case). */
    int mask(String word) {
        return masks.get(word);
    }

    /**
     * For each token of the passage, the lists holding it (its lower-case form or, for a possessive, its bare form),
     * including entries the context's rule set adds, and {@link #ENDS_NT}. Computed once per passage and lexicon,
     * together with the {@link #companionWords} unless those are known already.
     */
    int[] marks(Passage p, RuleContext context) {
        int[] out = p.cachedMarks(this);
        if (out != null) {
            return out;
        }
        out = new int[p.size];
        boolean withCompanion = !companion.isEmpty() && p.cachedMarks(companionOwner) == null;
        int[] found = NO_WORDS;
        Map<String, Integer> extra = context != null && context.hasLexicon(ruleId) ? extraMasks(context) : null;
        byte[] kind = p.kind;
        String[] lower = p.lower;
        // the words' ids in the rules' vocabulary, where the passage knows them: read by id, not probed
        int[] ids = p.vocabulary == vocabulary() ? p.ids : null;
        int[][] values = ids != null ? byId() : NOT_BY_ID;
        int[] firstById = values[0];
        int[] secondById = values[1];
        if (firstById == null) {
            ids = null;
        }
        for (int i = 0; i < p.size; i++) {
            if (kind[i] != Passage.WORD) {
                continue;
            }
            String w = lower[i];
            int id = ids != null ? ids[i] : Passage.UNKNOWN;
            if (id != Passage.UNKNOWN) {
                // the analysis's key of the same word, so no apostrophe: neither possessive nor "n't"
                int m = firstById[id + 1];
                if (extra != null) {
                    m |= extra.getOrDefault(w, 0);
                }
                out[i] = m;
                if (withCompanion) {
                    String key = p.key(i);
                    int c = key == w ? secondById[id + 1] : companionBits(key);
                    if (c != 0) {
                        found = addWord(found, i, c);
                    }
                }
                continue;
            }
            int slot = masks.slot(w);
            int m = masks.first(slot);
            // w.length() > 2 && w.endsWith("'s"), and w.endsWith("n't"), from the last three characters
            int len = w.length();
            boolean apostrophe = len > 2 && w.charAt(len - 2) == '\'';
            char last = apostrophe ? w.charAt(len - 1) : 0;
            boolean possessive = last == 's';
            boolean endsNt = last == 't' && w.charAt(len - 3) == 'n';
            String bare = possessive ? w.substring(0, w.length() - 2) : w;
            if (possessive) {
                m |= masks.get(bare);
            }
            if (extra != null) {
                m |= extra.getOrDefault(w, 0) | extra.getOrDefault(bare, 0);
            }
            out[i] = m | (endsNt ? ENDS_NT : 0);
            if (withCompanion) {
                // the companion reads the token's matching key, its lower-case form unless it holds a dot
                String key = p.key(i);
                int c = key == w ? masks.second(slot) | (endsNt ? ENDS_NT : 0) : companionBits(key);
                if (c != 0) {
                    found = addWord(found, i, c);
                }
            }
        }
        p.storeMarks(this, out);
        if (withCompanion) {
            p.storeMarks(companionOwner, found);
        }
        return out;
    }

    /** {@link #companionWords} of a passage with none: shared, never written. */
    private static final int[] NO_WORDS = {0};

    /** {@code words} (a {@link #companionWords} list, or {@link #NO_WORDS}) with one more word, grown if need be. */
    private static int[] addWord(int[] words, int i, int bits) {
        int n = words[0];
        int[] w = words;
        if (1 + 2 * n + 2 > w.length) {
            w = java.util.Arrays.copyOf(w, Math.max(9, 2 * w.length + 1));
        }
        w[1 + 2 * n] = i;
        w[2 + 2 * n] = bits;
        w[0] = n + 1;
        return w;
    }

    /** The companion bits of a word's key, and {@link #ENDS_NT}. */
    private int companionBits(String key) {
        return masks.second(masks.slot(key)) | (key.endsWith("n't") ? ENDS_NT : 0);
    }

    /**
     * The companion bits of word {@code i} of the passage (looked up anew: for a caller that reads every word, not
     * only the {@link #companionWords}).
     */
    int companionBits(Passage p, int i) {
        return companionBits(p.key(i));
    }

    /**
     * The words of the passage with companion bits (of their matching key, {@link Passage#key}: lower case, no dots;
     * and {@link #ENDS_NT}), in order, as {@code [n, token, bits, token, bits, ...]} with {@code n} words: few in most
     * texts, so a rule reads these rather than every token. Found with the {@link #marks} when a rule has asked for
     * those first, else alone (and then not again with the marks); the extra entries a rule set adds are not companion
     * words. The array is shared: never written.
     */
    int[] companionWords(Passage p) {
        int[] out = p.cachedMarks(companionOwner);
        if (out == null) {
            out = NO_WORDS;
            int[] ids = p.vocabulary == vocabulary() ? p.ids : null;
            int[] secondById = ids != null ? byId()[1] : null;
            for (int i = 0; i < p.size; i++) {
                if (p.kind[i] == Passage.WORD) {
                    // by the word's id where the passage knows it and the key is the lower-case form (no dot)
                    String key = p.key(i);
                    int id = secondById != null && key == p.lower[i] ? ids[i] : Passage.UNKNOWN;
                    int c = id != Passage.UNKNOWN ? secondById[id + 1] : companionBits(key);
                    if (c != 0) {
                        out = addWord(out, i, c);
                    }
                }
            }
            p.storeMarks(companionOwner, out);
        }
        return out;
    }

    private Map<String, Integer> extraMasks(RuleContext context) {
        Map<String, Integer> extra = null;
        for (int i = 0; i < shipped; i++) {
            List<String> more = context.lexicon(ruleId, names.get(i));
            if (more.isEmpty()) {
                continue;
            }
            if (extra == null) {
                extra = new java.util.HashMap<>();
            }
            for (String e : more) {
                extra.merge(e.toLowerCase(Locale.ROOT).trim(), 1 << i, (a, b) -> a | b);
            }
        }
        return extra;
    }

    static Lexicon load(String ruleId) {
        String resource = "/org/safeguardingkit/core/quality/" + ruleId + "/lexicon.yaml";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SGK-0420: missing lexicon resource " + resource);
            }
            Map<String, List<String>> raw = new YAMLMapper().readValue(in, new TypeReference<Map<String, List<String>>>() { });
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            raw.forEach((name, entries) -> {
                Set<String> set = new HashSet<>();
                for (String e : entries) {
                    set.add(e.toLowerCase(Locale.ROOT).trim());
                }
                lists.put(name, Set.copyOf(set));
            });
            return new Lexicon(ruleId, Map.copyOf(lists));
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0421: cannot read " + resource, e);
        }
    }

    /** Whether {@code word} (lower case) is in list {@code name}, or added to it by the context's rule set. */
    boolean has(String name, String word, RuleContext context) {
        Set<String> set = lists.get(name);
        if (set != null && set.contains(word)) {
            return true;
        }
        if (context != null && context.hasLexicon(ruleId)) {
            List<String> extra = context.lexicon(ruleId, name);
            if (!extra.isEmpty()) {
                for (String e : extra) {
                    if (e.equalsIgnoreCase(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The entries of a list (shipped entries only). */
    Set<String> list(String name) {
        return lists.getOrDefault(name, Set.of());
    }

    /** Shipped entries plus the context's extra entries, lower case. */
    Set<String> list(String name, RuleContext context) {
        List<String> extra = context == null || !context.hasLexicon(ruleId) ? List.of() : context.lexicon(ruleId, name);
        if (extra.isEmpty()) {
            return list(name);
        }
        Set<String> all = new HashSet<>(list(name));
        for (String e : extra) {
            all.add(e.toLowerCase(Locale.ROOT).trim());
        }
        return all;
    }
}
