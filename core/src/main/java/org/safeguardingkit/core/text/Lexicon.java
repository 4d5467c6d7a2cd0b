package org.safeguardingkit.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of phrases matched together in one pass over the tokens of a text.
 *
 * <p>The phrases are compiled into a trie over tokens (each edge a word, a word stem or "any word"), so
 * matching costs a bounded amount of work per token whatever the number of entries: linear in the text.
 *
 * <p>File format (UTF-8, one entry a line; {@code #} starts a comment):
 * <pre>
 * &#64;default label | Describe what you saw or heard instead.
 * aggress{ive,ively,ion}        | label
 * kick{ed,ing,s,} off           | label | Say what the pupil did: shouted, threw, hit.
 * </pre>
 * A line is {@code phrase | category | suggestion}; the suggestion may be left out when an
 * {@code @default category | suggestion} line gives one. See {@link LexiconEntry} for the phrase syntax.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Lexicon {

    /** The most tokens a phrase may have. */
    public static final int MAX_PHRASE_TOKENS = 12;
    private static final int MAX_EXPANSIONS = 512;

    private final List<LexiconEntry> entries;
    /** The trie of the entries, compiled for matching. */
    private final Compiled compiled;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        Node root = new Node();
        for (LexiconEntry entry : this.entries) {
            for (List<Step> seq : compile(entry)) {
                Node node = root;
                for (Step step : seq) {
                    node = node.child(step);
                }
                if (!node.terminal.contains(entry)) {
                    node.terminal.add(entry);
                }
            }
        }
        Map<LexiconEntry, Integer> numbers = new java.util.IdentityHashMap<>();
        for (LexiconEntry entry : this.entries) {
            numbers.putIfAbsent(entry, numbers.size());
        }
        this.compiled = new Compiled(share(root, numbers, new HashMap<>()));
    }

    /**
     * Merges equal subtrees of the trie, bottom up, so that it becomes a graph where each distinct rest of a phrase is
     * held once. The word families of the entries ("kick{ed,ing,s,} off") expand to many paths that end in the same
     * words: the built-in lexicon's trie has about ten times as many nodes as the graph, and a compiled node array
     * too big for the caches. A walk sees the same edges and matches in the same order as in the tree.
     *
     * @param node    a node whose subtrees are not yet merged
     * @param numbers each entry's number (entries are told apart by identity, as in the tree)
     * @param shapes  the merged nodes so far by their {@link Shape}
     * @return the node to use instead of {@code node}: itself, or an equal one met before
     */
    private static Node share(Node node, Map<LexiconEntry, Integer> numbers, Map<Shape, Node> shapes) {
        if (node.exact != null) {
            for (Map.Entry<String, Node> e : node.exact.entrySet()) {
                e.setValue(share(e.getValue(), numbers, shapes));
            }
        }
        if (node.any != null) {
            node.any = share(node.any, numbers, shapes);
        }
        if (node.stems != null) {
            shareStems(node.stems, numbers, shapes);
            return node; // a node with stems (rare) is kept as it is
        }
        List<Integer> terminal = new ArrayList<>(node.terminal.size());
        for (LexiconEntry entry : node.terminal) {
            terminal.add(numbers.get(entry));
        }
        Map<String, Node> exact = node.exact == null ? Map.of() : node.exact;
        Node known = shapes.putIfAbsent(new Shape(terminal, node.any, exact), node);
        return known == null ? node : known;
    }

    private static void shareStems(StemNode stem, Map<LexiconEntry, Integer> numbers, Map<Shape, Node> shapes) {
        if (stem.target != null) {
            stem.target = share(stem.target, numbers, shapes);
        }
        if (stem.next != null) {
            for (StemNode s : stem.next.values()) {
                shareStems(s, numbers, shapes);
            }
        }
    }

    /**
     * What a node of the trie without stems is, once its children are merged: its entries (by number, in order),
     * its "any word" child and its word edges (children compared by identity, as {@link Node} has no equals).
     */
    private record Shape(List<Integer> terminal, Node any, Map<String, Node> exact) {
    }

    /**
     * @param entries the entries
     * @return a lexicon of those entries
     */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        return new Lexicon(new ArrayList<>(entries));
    }

    /** @return a lexicon with no entries */
    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    /**
     * Reads a lexicon file.
     *
     * @param name   a name for messages (a file or resource name)
     * @param reader the text
     * @return the lexicon
     * @throws IllegalArgumentException naming the line, for a malformed line
     */
    public static Lexicon parse(String name, Reader reader) {
        List<LexiconEntry> list = new ArrayList<>();
        Map<String, String> defaults = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String content = line;
                int hash = content.indexOf('#');
                if (hash >= 0) {
                    content = content.substring(0, hash);
                }
                content = content.strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] parts = content.split("\\|", -1);
                if (content.startsWith("@default")) {
                    if (parts.length != 2 || parts[0].substring("@default".length()).isBlank() || parts[1].isBlank()) {
                        throw new IllegalArgumentException("SGK-0363: " + name + " line " + lineNo
                                + ": expected '@default category | suggestion'");
                    }
                    defaults.put(parts[0].substring("@default".length()).strip(), parts[1].strip());
                    continue;
                }
                if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalArgumentException("SGK-0364: " + name + " line " + lineNo
                            + ": expected 'phrase | category | suggestion'");
                }
                String category = parts[1].strip();
                String suggestion = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : defaults.get(category);
                if (suggestion == null) {
                    throw new IllegalArgumentException("SGK-0365: " + name + " line " + lineNo
                            + ": no suggestion and no '@default " + category + " | ...' line before it");
                }
                LexiconEntry entry = new LexiconEntry(parts[0].strip(), category, suggestion);
                try {
                    compile(entry);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("SGK-0366: " + name + " line " + lineNo + ": " + e.getMessage(), e);
                }
                list.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0367: cannot read lexicon " + name, e);
        }
        return new Lexicon(list);
    }

    /**
     * Reads a lexicon file from text.
     *
     * @param name a name for messages
     * @param text the file's content
     * @return the lexicon
     */
    public static Lexicon parse(String name, String text) {
        return parse(name, new StringReader(text));
    }

    /**
     * Reads a lexicon resource (UTF-8).
     *
     * @param anchor   class whose loader and package resolve the resource name
     * @param resource resource name, relative to {@code anchor}'s package unless it starts with '/'
     * @return the lexicon
     * @throws IllegalArgumentException if the resource is missing or malformed
     */
    public static Lexicon fromResource(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("SGK-0368: lexicon resource not found: " + resource);
        }
        return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * A lexicon with more entries, e.g. a vendor's local phrases; this lexicon is unchanged.
     *
     * @param extra the entries to add
     * @return the combined lexicon
     */
    public Lexicon plus(Collection<LexiconEntry> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<LexiconEntry> all = new ArrayList<>(entries);
        all.addAll(extra);
        return new Lexicon(all);
    }

    /** @return the entries, in file order */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * All matches of all entries, ordered by first token then by length (longest first).
     *
     * @param text the analysed text
     * @return the matches
     */
    public List<LexiconMatch> match(AnalysedText text) {
        return match(text.text(), text.tokens(), text.keys(), text.keyHashes(), text.slots(), text.nextNonJoiner(),
                text.meter());
    }

    /**
     * The next token that is not a {@link TokenKind#JOINER joiner} after each token ({@code n} after the last), or
     * {@code -1} for a joiner itself (joiners start no phrase).
     */
    static int[] nextNonJoiner(List<Token> tokens) {
        int n = tokens.size();
        int[] nextOf = new int[n];
        int following = n;
        for (int i = n - 1; i >= 0; i--) {
            boolean joiner = tokens.get(i).kind() == TokenKind.JOINER;
            nextOf[i] = joiner ? -1 - following : following;
            if (!joiner) {
                following = i;
            }
        }
        return nextOf;
    }

    /**
     * Matching over precomputed token keys ({@code keys[i]} is {@code tokens.get(i).key()}): a depth-first walk of
     * the trie from each token, on array stacks (no boxing). {@code hashes[i]} is {@code keys[i].hashCode()},
     * {@code slots[i]} the key's {@link WordClasses} slot (-1: none); {@code nextOf} is {@link #nextNonJoiner(List)}.
     */
    List<LexiconMatch> match(String source, List<Token> tokens, String[] keys, int[] hashes, int[] slots, int[] nextOf,
            WorkMeter meter) {
        List<LexiconMatch> out = new ArrayList<>();
        int n = tokens.size();
        if (n == 0) {
            return out;
        }
        Compiled c = compiled;
        // most tokens start no phrase: with only exact words at the root, a bit of the hash rules most out
        long[] startBits = c.startBits;
        int[] trie = c.nodes;
        int[] nodes = null;
        int[] positions = null;
        for (int s = 0; s < n; s++) {
            if (nextOf[s] < 0) {
                continue; // a joiner
            }
            int start = Compiled.ROOT;
            int startAt = s;
            if (startBits != null) {
                // the root visited and its word looked up: the walk goes on from the child, if any
                meter.add(2);
                int hash = hashes[s];
                int at = hash * 0x85EBCA6B >>> c.startShift;
                long bits = startBits[at >>> 5] >>> (at << 1); // the shift count is taken mod 64: bits 2 * (at % 32) on
                if ((bits & Compiled.STARTS) == 0) {
                    continue; // no phrase starts with this word (most words)
                }
                startAt = nextOf[s];
                if ((bits & Compiled.ENDS_OR_ANY) == 0 && (startAt >= n || !c.mayFollow(hash, hashes[startAt]))) {
                    continue; // "the", "and", "to": the next word goes on to no phrase
                }
                start = c.rootChild(keys[s], hash, slots[s]);
                if (start < 0) {
                    continue;
                }
            }
            if (nodes == null) {
                nodes = new int[16];
                positions = new int[16];
            }
            int mark = out.size(); // this walk's matches go to the end of out, then are put in order there
            int top = 0;
            nodes[top] = start;
            positions[top] = startAt;
            top++;
            while (top > 0) {
                top--;
                int row = nodes[top];
                int t = positions[top];
                meter.add(1);
                int terminal = trie[row + Compiled.TERMINAL];
                if (t > s && terminal >= 0) {
                    int end = t;
                    while (end - 1 > s && nextOf[end - 1] < 0) {
                        end--;
                    }
                    TextSpan span = TextSpan.of(source, tokens.get(s).start(), tokens.get(end - 1).end());
                    for (LexiconEntry entry : c.terminals[terminal]) {
                        out.add(new LexiconMatch(entry, s, end, span));
                    }
                }
                if (t >= n) {
                    continue;
                }
                int next = nextOf[t] < 0 ? -1 - nextOf[t] : nextOf[t];
                if (trie[row + Compiled.EDGE_INFO] != 0) {
                    int child = c.child(row, keys[t], hashes[t], slots[t]);
                    meter.add(1);
                    if (child >= 0) {
                        if (top == nodes.length) {
                            nodes = java.util.Arrays.copyOf(nodes, top * 2);
                            positions = java.util.Arrays.copyOf(positions, top * 2);
                        }
                        nodes[top] = child;
                        positions[top] = next;
                        top++;
                    }
                }
                int any = trie[row + Compiled.ANY];
                int stems = trie[row + Compiled.STEMS];
                boolean wordLike = any >= 0 || stems >= 0 ? tokens.get(t).isWordLike() : false;
                if (any >= 0 && wordLike) {
                    if (top == nodes.length) {
                        nodes = java.util.Arrays.copyOf(nodes, top * 2);
                        positions = java.util.Arrays.copyOf(positions, top * 2);
                    }
                    nodes[top] = any;
                    positions[top] = next;
                    top++;
                }
                if (stems >= 0 && wordLike) {
                    String key = keys[t];
                    CStem sn = c.stems[stems];
                    for (int i = 0; i < key.length() && sn != null; i++) {
                        meter.add(1);
                        sn = sn.next(key.charAt(i));
                        if (sn != null && sn.target >= 0) {
                            if (top == nodes.length) {
                                nodes = java.util.Arrays.copyOf(nodes, top * 2);
                                positions = java.util.Arrays.copyOf(positions, top * 2);
                            }
                            nodes[top] = sn.target;
                            positions[top] = next;
                            top++;
                        }
                    }
                }
            }
            if (out.size() - mark > 1) {
                orderWalk(out, mark);
            }
        }
        return out;
    }

    /**
     * Puts the matches of one walk, {@code out} from {@code mark} on (all starting at the same token), longest first
     * (a stable insertion sort: a walk finds few), and drops each one equal in end and entry to one before it.
     */
    private static void orderWalk(List<LexiconMatch> out, int mark) {
        int size = out.size();
        for (int i = mark + 1; i < size; i++) {
            LexiconMatch m = out.get(i);
            int j = i;
            while (j > mark && out.get(j - 1).endToken() < m.endToken()) {
                out.set(j, out.get(j - 1));
                j--;
            }
            out.set(j, m);
        }
        int kept = mark + 1;
        for (int i = mark + 1; i < size; i++) {
            LexiconMatch m = out.get(i);
            if (!containsSame(out, mark, kept, m)) {
                out.set(kept++, m);
            }
        }
        out.subList(kept, size).clear();
    }

    /** Whether {@code out} from {@code from} to {@code to} holds a match of {@code m}'s entry ending where it does. */
    private static boolean containsSame(List<LexiconMatch> out, int from, int to, LexiconMatch m) {
        for (int i = to - 1; i >= from; i--) {
            LexiconMatch o = out.get(i);
            if (o.endToken() == m.endToken() && o.entry().equals(m.entry())) {
                return true;
            }
        }
        return false;
    }

    // ---- compilation ----

    /** What a step of a phrase matches: a word, a word starting with a stem, or any word. */
    enum StepKind { EXACT, PREFIX, ANY }

    /** A step of a phrase: its kind, and the word or stem (empty for any word). */
    record Step(StepKind kind, String value) {
    }

    /** @return the forms of an entry's phrase, each the steps of one way to match it (package-private for tests) */
    static List<List<Step>> compile(LexiconEntry entry) {
        List<List<Step>> seqs = expand(entry.phrase().trim(), entry.phrase());
        List<List<Step>> result = new ArrayList<>();
        for (List<Step> seq : seqs) {
            if (seq.isEmpty()) {
                continue;
            }
            if (seq.size() > MAX_PHRASE_TOKENS) {
                throw new IllegalArgumentException("phrase '" + entry.phrase() + "' has more than " + MAX_PHRASE_TOKENS + " words");
            }
            result.add(seq);
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("phrase '" + entry.phrase() + "' has no words");
        }
        return result;
    }

    private static List<String> splitParts(String phrase) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }

    private static List<List<Step>> expand(String text, String phrase) {
        List<List<Step>> seqs = new ArrayList<>();
        seqs.add(new ArrayList<>());
        for (String part : splitParts(text)) {
            List<List<Step>> alternatives = alternatives(part, phrase);
            List<List<Step>> grown = new ArrayList<>();
            for (List<Step> seq : seqs) {
                for (List<Step> alt : alternatives) {
                    List<Step> g = new ArrayList<>(seq);
                    g.addAll(alt);
                    grown.add(g);
                }
            }
            if (grown.size() > MAX_EXPANSIONS) {
                throw new IllegalArgumentException("phrase '" + phrase + "' expands to too many forms");
            }
            seqs = grown;
        }
        return seqs;
    }

    private static List<List<Step>> alternatives(String part, String phrase) {
        List<List<Step>> out = new ArrayList<>();
        if (part.equals("_")) {
            out.add(List.of(new Step(StepKind.ANY, "")));
            return out;
        }
        int open = part.indexOf('{');
        if (open >= 0) {
            int close = part.indexOf('}', open);
            if (close < 0 || part.indexOf('{', open + 1) >= 0) {
                throw new IllegalArgumentException("phrase '" + phrase + "': unbalanced or nested braces in '" + part + "'");
            }
            String stem = part.substring(0, open);
            String tail = part.substring(close + 1);
            for (String suffix : part.substring(open + 1, close).split(",", -1)) {
                String word = stem + suffix.strip() + tail;
                if (word.strip().indexOf(' ') >= 0) {
                    out.addAll(expand(word, phrase));
                } else if (!word.isEmpty()) {
                    out.addAll(alternatives(word, phrase));
                } else {
                    out.add(List.of());
                }
            }
            return out;
        }
        if (part.endsWith("*")) {
            String stem = Token.keyOf(Token.normalise(part.substring(0, part.length() - 1)));
            if (stem.length() < 3 || stem.indexOf('*') >= 0) {
                throw new IllegalArgumentException("phrase '" + phrase + "': a stem needs at least three letters: '" + part + "'");
            }
            out.add(List.of(new Step(StepKind.PREFIX, stem)));
            return out;
        }
        List<Step> seq = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(part, WorkMeter.NONE)) {
            if (t.kind() == TokenKind.JOINER) {
                continue;
            }
            seq.add(new Step(StepKind.EXACT, t.key()));
        }
        out.add(seq);
        return out;
    }

    /**
     * The trie laid out in int arrays, so that a step reads a row and a few neighbouring edges instead of objects
     * spread over the heap. A word edge holds the word's hash (a token's key hash is known from the analysis) and
     * an int id: a word of the {@link WordClasses} table has its slot as id (the tokenizer finds each token's slot
     * anyway), another word of the lexicon {@code ~at}, where {@code at} is where it is written in {@link #otherChars}.
     * A step compares the token's hash with the edges' hashes and confirms an equal one by the slot, or for another
     * word by comparing characters: most tokens are no edge of the node they are tried at, and cost neither a table
     * lookup nor a character comparison.
     */
    private static final class Compiled {
        /** The root node (a node is known by where it starts in {@link #nodes}). */
        static final int ROOT = 0;
        /**
         * Ints per node in {@link #nodes} before its word edges, which follow at once: a step reads the node and the
         * edges it probes from one place.
         */
        static final int NODE = 4;
        /**
         * 0 for no word edges; a count up to {@link #LINEAR} of (hash, id, node) edges, found by a linear scan; or
         * minus the shift of an open-addressing table of {@code 1 << (32 - shift)} (hash, id, node + 1) edges
         * (node + 1 of 0: empty), probed linearly from the top bits of the hash times the golden ratio.
         */
        static final int EDGE_INFO = 0;
        /** The node after any one word, -1 for none. */
        static final int ANY = 1;
        /** The node's entries in {@link #terminals}, -1 for none. */
        static final int TERMINAL = 2;
        /** The node's stems in {@link #stems}, -1 for none. */
        static final int STEMS = 3;
        private static final int LINEAR = 8;
        /** Ints per word edge: the word's hash, its id, the node after it. */
        private static final int EDGE = 3;

        /** The nodes, each {@link #NODE} ints then its word edges. */
        final int[] nodes;
        final LexiconEntry[][] terminals;
        final CStem[] stems;
        /** The root's child node + 1 by the slot of a word of the {@link WordClasses} table (0: none). */
        final int[] rootBySlot;
        /**
         * Two bits per position, a position for 8 to 16 words, at a mix of the hash of each word of the root:
         * {@link #STARTS} for a word that starts a phrase, {@link #ENDS_OR_ANY} as well when the node after the word
         * is a match or has a stem or "any word" edge. Most tokens are ruled out before any lookup, and most of
         * the rest by {@link #mayFollow}. Null when the root has other than word edges (or is itself a match), so
         * that every walk starts at the root.
         */
        final long[] startBits;
        final int startShift;
        /** See {@link #startBits}. */
        static final long STARTS = 1;
        /** See {@link #startBits}. */
        static final long ENDS_OR_ANY = 2;
        /**
         * A filter of the pairs of words that start a phrase (those after which only word edges go on): for each
         * pair, two bits of one long at a mix of the two hashes (a blocked Bloom filter, 8 to 16 bits per pair).
         */
        final long[] pairBits;
        final int pairShift;
        /** The words outside the table, each as its length then its characters: a few neighbouring reads to compare. */
        final char[] otherChars;

        Compiled(Node trie) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> otherWords = new ArrayList<>();
            number(trie, ids, otherWords);
            StringBuilder written = new StringBuilder();
            for (String w : otherWords) {
                if (w.length() > Character.MAX_VALUE) {
                    throw new IllegalArgumentException("a phrase word of " + w.length() + " characters is too long");
                }
                ids.put(w, ~written.length());
                written.append((char) w.length()).append(w);
            }
            this.otherChars = written.toString().toCharArray();
            // nodes in breadth-first order: a node's children lie one after another (those not met before)
            List<Node> order = new ArrayList<>();
            Map<Node, Integer> numberOf = new java.util.IdentityHashMap<>();
            List<StemNode> stemList = new ArrayList<>();
            order.add(trie);
            numberOf.put(trie, 0);
            for (int k = 0; k < order.size(); k++) {
                Node node = order.get(k);
                if (node.exact != null) {
                    for (Node child : node.exact.values()) {
                        enqueue(child, order, numberOf);
                    }
                }
                if (node.any != null) {
                    enqueue(node.any, order, numberOf);
                }
                if (node.stems != null) {
                    enqueueStems(node.stems, order, numberOf);
                }
            }
            // each node where it starts: its ints, then its edges laid out (as below)
            int size = 0;
            for (Node node : order) {
                numberOf.put(node, size);
                int count = node.exact == null ? 0 : node.exact.size();
                size += NODE + EDGE * (count <= LINEAR ? count : tableSize(count));
            }
            int[] rows = new int[size];
            List<LexiconEntry[]> terminalList = new ArrayList<>();
            List<CStem> compiledStems = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                Node node = order.get(k);
                int r = numberOf.get(node);
                int count = node.exact == null ? 0 : node.exact.size();
                int[] triples = new int[count * EDGE];
                int j = 0;
                if (node.exact != null) {
                    for (Map.Entry<String, Node> e : node.exact.entrySet()) {
                        triples[j++] = e.getKey().hashCode();
                        triples[j++] = ids.get(e.getKey());
                        triples[j++] = numberOf.get(e.getValue());
                    }
                }
                int[] laid = count <= LINEAR ? triples : table(triples);
                System.arraycopy(laid, 0, rows, r + NODE, laid.length);
                rows[r + EDGE_INFO] = count <= LINEAR ? count : -(Integer.numberOfLeadingZeros(laid.length / EDGE) + 1);
                rows[r + ANY] = node.any == null ? -1 : numberOf.get(node.any);
                if (node.terminal.isEmpty()) {
                    rows[r + TERMINAL] = -1;
                } else {
                    rows[r + TERMINAL] = terminalList.size();
                    terminalList.add(node.terminal.toArray(new LexiconEntry[0]));
                }
                if (node.stems == null) {
                    rows[r + STEMS] = -1;
                } else {
                    rows[r + STEMS] = compiledStems.size();
                    compiledStems.add(compile(node.stems, numberOf));
                }
            }
            this.nodes = rows;
            this.terminals = terminalList.toArray(new LexiconEntry[0][]);
            this.stems = compiledStems.toArray(new CStem[0]);
            rootBySlot = new int[WordClasses.size()];
            if (trie.any == null && trie.stems == null && trie.terminal.isEmpty()) {
                Set<String> rootWords = trie.exact == null ? Set.of() : trie.exact.keySet();
                for (String w : rootWords) {
                    int id = ids.get(w);
                    if (id >= 0) {
                        rootBySlot[id] = numberOf.get(trie.exact.get(w)) + 1;
                    }
                }
                int positions = Math.max(32, Integer.highestOneBit(Math.max(2, rootWords.size()) * 2 - 1) * 8);
                startBits = new long[positions / 32];
                startShift = Integer.numberOfLeadingZeros(positions) + 1;
                int pairs = 0;
                for (String w : rootWords) {
                    Node child = trie.exact.get(w);
                    pairs += child.exact == null ? 0 : child.exact.size();
                }
                pairBits = new long[Math.max(2, Integer.highestOneBit(Math.max(2, pairs) * 2 - 1) / 4)];
                pairShift = Integer.numberOfLeadingZeros(pairBits.length) + 1;
                for (String w : rootWords) {
                    Node child = trie.exact.get(w);
                    int hash = w.hashCode();
                    int at = hash * 0x85EBCA6B >>> startShift;
                    boolean endsOrAny = child.any != null || child.stems != null || !child.terminal.isEmpty();
                    startBits[at >>> 5] |= (endsOrAny ? STARTS | ENDS_OR_ANY : STARTS) << (at << 1);
                    if (!endsOrAny && child.exact != null) {
                        for (String next : child.exact.keySet()) {
                            int m = pairMix(hash, next.hashCode());
                            pairBits[m >>> pairShift] |= pairMask(m);
                        }
                    }
                }
            } else {
                startBits = null;
                startShift = 0;
                pairBits = null;
                pairShift = 0;
            }
        }

        /** Puts a node last in the order, unless it is there already (a node may have several parents). */
        private static void enqueue(Node node, List<Node> order, Map<Node, Integer> numberOf) {
            if (numberOf.putIfAbsent(node, order.size()) == null) {
                order.add(node);
            }
        }

        private static void enqueueStems(StemNode stem, List<Node> order, Map<Node, Integer> numberOf) {
            if (stem.target != null) {
                enqueue(stem.target, order, numberOf);
            }
            if (stem.next != null) {
                for (StemNode s : stem.next.values()) {
                    enqueueStems(s, order, numberOf);
                }
            }
        }

        /** (hash, id, node) edges as an open-addressing table of (hash, id, node + 1) edges, a quarter to half full. */
        private static int[] table(int[] triples) {
            int k = triples.length / EDGE;
            int size = tableSize(k);
            int shift = Integer.numberOfLeadingZeros(size) + 1;
            int[] table = new int[size * EDGE];
            for (int c = 0; c < k; c++) {
                int i = (triples[EDGE * c] * 0x9E3779B9) >>> shift;
                while (table[EDGE * i + 2] != 0) {
                    i = (i + 1) & (size - 1);
                }
                table[EDGE * i] = triples[EDGE * c];
                table[EDGE * i + 1] = triples[EDGE * c + 1];
                table[EDGE * i + 2] = triples[EDGE * c + 2] + 1;
            }
            return table;
        }

        /**
         * @param first the hash of a word that starts a phrase (its {@link #startBits} without {@link #ENDS_OR_ANY})
         * @param next  the hash of the word after it
         * @return false if no phrase starts with the two words; true if one may
         */
        boolean mayFollow(int first, int next) {
            int m = pairMix(first, next);
            long mask = pairMask(m);
            return (pairBits[m >>> pairShift] & mask) == mask;
        }

        /** A mix of two word hashes: the top bits pick a long of {@link #pairBits}, {@link #pairMask} two bits in it. */
        private static int pairMix(int first, int next) {
            int m = (first * 0x9E3779B9 ^ next) * 0x85EBCA6B;
            return m ^ (m >>> 16);
        }

        private static long pairMask(int mix) {
            int m = mix * 0xC2B2AE35;
            return 1L << (m >>> 26) | 1L << (m >>> 20);
        }

        /** @return the cells of the table of {@code k} edges: a power of two, a quarter to half full */
        private static int tableSize(int k) {
            return Integer.highestOneBit(k * 2 - 1) * 2;
        }

        /**
         * The root's child for a token that starts a walk (when {@link #startBits} is not null).
         *
         * @param key  the token's key
         * @param hash {@code key.hashCode()}
         * @param slot the key's {@link WordClasses} slot, -1 for none
         * @return the node after that word, -1 for none
         */
        int rootChild(String key, int hash, int slot) {
            return slot >= 0 ? rootBySlot[slot] - 1 : child(ROOT, key, hash, slot);
        }

        /**
         * @param row  a node
         * @param key  a token's key
         * @param hash {@code key.hashCode()}
         * @param slot the key's {@link WordClasses} slot, -1 for none
         * @return the node after that word, -1 for none
         */
        int child(int row, String key, int hash, int slot) {
            int[] e = nodes;
            int at = row + NODE;
            int info = e[row + EDGE_INFO];
            if (info >= 0) {
                for (int j = at, end = at + EDGE * info; j < end; j += EDGE) {
                    if (e[j] == hash && isWord(e[j + 1], key, slot)) {
                        return e[j + 2];
                    }
                }
                return -1;
            }
            int shift = -info;
            int mask = (1 << (32 - shift)) - 1;
            int i = (hash * 0x9E3779B9) >>> shift;
            while (true) {
                int j = at + EDGE * i;
                int node = e[j + 2];
                if (node == 0) {
                    return -1;
                }
                if (e[j] == hash && isWord(e[j + 1], key, slot)) {
                    return node - 1;
                }
                i = (i + 1) & mask;
            }
        }

        /** Whether the word with id {@code id} is {@code key}, whose hash is the word's and slot is {@code slot}. */
        private boolean isWord(int id, String key, int slot) {
            if (id >= 0) {
                return id == slot; // a word of the table is a key only by its slot
            }
            if (slot >= 0) {
                return false; // and another word only a key with no slot
            }
            char[] w = otherChars;
            int at = ~id;
            int length = key.length();
            if (w[at] != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (w[at + 1 + k] != key.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Gives every word of the table in the trie its slot as id, and lists the others (their ids come later). */
        private static void number(Node node, Map<String, Integer> ids, List<String> otherWords) {
            if (node.exact != null) {
                for (Map.Entry<String, Node> e : node.exact.entrySet()) {
                    String w = e.getKey();
                    if (!ids.containsKey(w)) {
                        int slot = WordClasses.slotOf(w, w.hashCode());
                        if (slot < 0) {
                            otherWords.add(w); // its id is set once all are known
                        }
                        ids.put(w, slot);
                    }
                    number(e.getValue(), ids, otherWords);
                }
            }
            if (node.any != null) {
                number(node.any, ids, otherWords);
            }
            if (node.stems != null) {
                number(node.stems, ids, otherWords);
            }
        }

        private static void number(StemNode stem, Map<String, Integer> ids, List<String> otherWords) {
            if (stem.target != null) {
                number(stem.target, ids, otherWords);
            }
            if (stem.next != null) {
                for (StemNode s : stem.next.values()) {
                    number(s, ids, otherWords);
                }
            }
        }

        private static CStem compile(StemNode stem, Map<Node, Integer> numberOf) {
            int k = stem.next == null ? 0 : stem.next.size();
            char[] chars = new char[k];
            CStem[] next = new CStem[k];
            int i = 0;
            if (stem.next != null) {
                for (Map.Entry<Character, StemNode> e : stem.next.entrySet()) {
                    chars[i] = e.getKey();
                    next[i] = compile(e.getValue(), numberOf);
                    i++;
                }
            }
            return new CStem(chars, next, stem.target == null ? -1 : numberOf.get(stem.target));
        }
    }

    /** A node of a {@link Compiled} stem trie: one character a step. */
    private static final class CStem {
        final char[] chars;
        final CStem[] next;
        /** The trie node reached when the stem ends here, -1 for none. */
        final int target;

        CStem(char[] chars, CStem[] next, int target) {
            this.chars = chars;
            this.next = next;
            this.target = target;
        }

        /** @return the stem node after one more character, or null */
        CStem next(char c) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return next[i];
                }
            }
            return null;
        }
    }

    private static final class Node {
        Map<String, Node> exact;
        StemNode stems;
        Node any;
        final List<LexiconEntry> terminal = new ArrayList<>(1);

        Node child(Step step) {
            switch (step.kind()) {
                case ANY:
                    if (any == null) {
                        any = new Node();
                    }
                    return any;
                case PREFIX:
                    if (stems == null) {
                        stems = new StemNode();
                    }
                    StemNode sn = stems;
                    for (int i = 0; i < step.value().length(); i++) {
                        if (sn.next == null) {
                            sn.next = new LinkedHashMap<>();
                        }
                        sn = sn.next.computeIfAbsent(step.value().charAt(i), c -> new StemNode());
                    }
                    if (sn.target == null) {
                        sn.target = new Node();
                    }
                    return sn.target;
                default:
                    if (exact == null) {
                        exact = new HashMap<>();
                    }
                    return exact.computeIfAbsent(step.value(), v -> new Node());
            }
        }
    }

    private static final class StemNode {
        Map<Character, StemNode> next;
        Node target;
    }

    @Override
    public String toString() {
        return "Lexicon[" + entries.size() + " entries]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lexicon && ((Lexicon) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }
}
