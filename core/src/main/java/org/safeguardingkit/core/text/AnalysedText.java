package org.safeguardingkit.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A free text analysed once: tokens, sentences, quoted spans, reported speech with speakers, and negation
 * and hedge scopes. Rules share one analysis per field.
 *
 * <pre>{@code
 * AnalysedText t = AnalysedText.of("Mum said \"he is fine\". He was aggressive.");
 * t.isInsideQuote(10);          // true: "he is fine" are Mum's words
 * t.speakerAt(10).get().role(); // PARENT_OR_CARER
 * }</pre>
 *
 * <p>Analysis is linear in the length of the text. This class is immutable and thread-safe (a
 * {@link WorkMeter} given to {@link #of(String, WorkMeter)} is only used while analysing and matching).
 */
public final class AnalysedText {

    static final Set<String> NEGATIONS = words(
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "dont", "doesnt",
            "didnt", "cant", "wont", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt", "shouldnt", "hasnt",
            "havent", "hadnt", "mustnt", "neednt", "aint", "nt");
    static final Set<String> HEDGE_ADVERBS = words(
            "probably", "possibly", "perhaps", "maybe", "likely", "presumably", "apparently", "seemingly", "might", "may",
            "could", "seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing");
    static final Set<String> HEDGE_VERBS = words(
            "think", "thought", "believe", "suspect", "reckon", "guess", "assume", "presume", "imagine", "feel", "doubt",
            "suppose", "wonder");
    static final Set<String> SCOPE_BREAKERS = words(
            "but", "because", "although", "though", "however", "whereas", "yet", "cos", "since");
    private static final int NEGATION_WINDOW = 4;
    private static final int NEGATION = WordClasses.NEGATION;
    private static final int HEDGE_ADVERB = WordClasses.HEDGE_ADVERB;
    private static final int HEDGE_VERB = WordClasses.HEDGE_VERB;
    private static final int SCOPE_BREAKER = WordClasses.SCOPE_BREAKER;
    private static final int ELIDED_NOT = WordClasses.ELIDED_NOT;
    /**
     * A token that ends a clause: punctuation (bar ' / &amp; @ # % *), marked while tokenizing, or a scope breaker
     * ("but", "because"; these are all words).
     */
    private static final int CLAUSE_BOUNDARY = WordClasses.CLAUSE_PUNCTUATION | SCOPE_BREAKER;

    private final String text;
    private final List<Token> tokens;
    /** The tokens, in an array (may be longer than n): read without the list's index checks. */
    private final Token[] tokenArray;
    private final List<Sentence> sentences;
    private final List<QuotedSpan> quotes;
    /** The quotes found, kept for finding reported speech on first use. */
    private final List<QuoteScanner.Found> quoteFinds;
    /** Reported speech, found on first use (see {@link #reports()}). */
    private Reports lazyReports;
    /** Clause ends, negation and hedge scopes, worked out on first use (see {@link #scopes()}). */
    private Scopes lazyScopes;
    private final int[] sentenceOf;
    /** Per token, whether it is inside quotation marks; null when the text quotes nobody (most texts). */
    private final boolean[] inQuote;
    private final int[] quoteIntervals;
    /** {@code keys[i]} is {@code tokens.get(i).key()}, computed once (may be longer than n). */
    private final String[] keys;
    /** {@code keyHashes[i]} is {@code keys[i].hashCode()}, computed while tokenizing (may be longer than n). */
    private final int[] keyHashes;
    /**
     * {@code wordClass[i]} is {@link WordClasses#of(String)} of {@code keys[i]}, plus the marks the tokenizer adds
     * ({@link WordClasses#ELIDED_NOT}, {@link WordClasses#CLAUSE_PUNCTUATION}, {@link WordClasses#TERMINATOR})
     * (may be longer than n).
     */
    private final int[] wordClass;
    /** {@code slots[i]} is the {@link WordClasses} slot of {@code keys[i]}, -1 for none (may be longer than n). */
    private final int[] slots;
    /** The vocabulary the tokens were looked up in. */
    private final Vocabulary vocabulary;
    /** {@code ids[i]} is the {@link #vocabulary} id of {@code keys[i]}, -1 for none (may be longer than n). */
    private final int[] ids;
    private final transient WorkMeter meter;
    /** Whether any token is a {@link TokenKind#JOINER joiner}. */
    private final boolean joiners;
    /** See {@link #nextNonJoiner()}. */
    private int[] lazyNextNonJoiner;

    private AnalysedText(String text, WorkMeter meter, Vocabulary vocabulary) {
        this.text = text;
        this.meter = meter;
        this.vocabulary = vocabulary;
        Tokenizer.Tokens scanned = Tokenizer.scan(text, meter, vocabulary);
        this.ids = scanned.ids();
        this.tokens = scanned.tokens(); // unmodifiable, not shared
        this.tokenArray = scanned.array();
        int n = scanned.count();
        this.keys = scanned.keys();
        this.keyHashes = scanned.keyHashes();
        int[] cls = scanned.wordClasses();
        this.wordClass = cls;
        this.slots = scanned.slots();
        this.joiners = scanned.joiners();
        this.sentenceOf = new int[n];
        this.sentences = SentenceSplitter.split(text, tokenArray, n, keys, cls, scanned.lineBreakBefore(), sentenceOf,
                meter);
        meter.add(n);
        // most texts have no quotation marks (nor apostrophes outside words) at all: nothing to pair
        List<QuoteScanner.Found> found = scanned.quotes()
                ? QuoteScanner.scan(text, tokens, keys, cls, sentenceOf, sentences, meter) : List.of();
        if (found.isEmpty()) {
            this.quotes = List.of(); // most texts quote nobody
            this.inQuote = null;
        } else {
            this.inQuote = new boolean[n];
            List<QuotedSpan> qs = new ArrayList<>(found.size());
            int[] diff = new int[n + 1];
            for (QuoteScanner.Found f : found) {
                qs.add(f.quote());
                diff[f.openToken()]++;
                diff[f.endTokenExclusive()]--;
            }
            this.quotes = List.copyOf(qs);
            int depth = 0;
            for (int i = 0; i < n; i++) {
                depth += diff[i];
                inQuote[i] = depth > 0;
            }
        }
        meter.add(n + found.size());
        this.quoteIntervals = found.isEmpty() ? NO_INTERVALS : mergeQuoteIntervals(found);
        this.quoteFinds = found;
        if (meter != WorkMeter.NONE) {
            // a counting meter sees the whole analysis
            this.lazyScopes = findScopes();
            this.lazyReports = findReports();
        }
    }

    private static final int[] NO_INTERVALS = new int[0];

    /**
     * Per token, where its clause ends and whether a negation or a hedge governs it (bits {@link #NEGATED},
     * {@link #HEDGED} of {@code scope}). Most texts are never asked (only some rules' candidates are), so they are
     * worked out on first use.
     */
    private record Scopes(int[] clauseEnd, byte[] scope) {
    }

    private static final byte NEGATED = 1;
    private static final byte HEDGED = 2;

    /** @return the scopes, worked out on first use */
    private Scopes scopes() {
        Scopes s = lazyScopes;
        if (s == null) {
            s = findScopes();
            lazyScopes = s; // deterministic, immutable: a race only computes it twice
        }
        return s;
    }

    private Scopes findScopes() {
        int n = tokens.size();
        int[] cls = wordClass;
        int[] clauseEnd = new int[n + 1];
        clauseEnd[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            boolean boundary = (cls[i] & CLAUSE_BOUNDARY) != 0;
            boolean lastOfSentence = i + 1 >= n || sentenceOf[i + 1] != sentenceOf[i];
            clauseEnd[i] = boundary ? i : (lastOfSentence ? i + 1 : clauseEnd[i + 1]);
        }
        meter.add(n);
        byte[] scope = new byte[n];
        int[] hd = null; // hedge scope starts and ends, once a hedge is seen
        for (int i = 0; i < n; i++) {
            int c = cls[i];
            // a negation word, or a word with an elided not ("didn't", "won't"), marked while tokenizing
            if ((c & (NEGATION | ELIDED_NOT)) != 0) {
                int end = Math.min(clauseEnd[Math.min(i + 1, n)], i + 1 + NEGATION_WINDOW);
                for (int j = i + 1; j < end; j++) {
                    scope[j] |= NEGATED;
                }
                meter.add(NEGATION_WINDOW);
            }
            boolean hedge = (c & HEDGE_ADVERB) != 0
                    || (c & HEDGE_VERB) != 0 && i > 0 && (keys[i - 1].equals("i") || keys[i - 1].equals("we")
                    || i > 1 && (cls[i - 1] & NEGATION) != 0 && keys[i - 2].equals("i"));
            if (hedge && i + 1 < n) {
                if (hd == null) {
                    hd = new int[n + 1];
                }
                hd[i + 1]++;
                hd[Math.max(clauseEnd[i + 1], i + 1)]--;
            }
        }
        if (hd != null) {
            int h = 0;
            for (int i = 0; i < n; i++) {
                h += hd[i];
                if (h > 0) {
                    scope[i] |= HEDGED;
                }
            }
        }
        meter.add(n);
        return new Scopes(clauseEnd, scope);
    }

    /** Reported speech and the innermost report covering each token (-1: none; null when there are no reports). */
    private record Reports(List<ReportedSpeech> list, int[] reportOf) {

        static final Reports NONE = new Reports(List.of(), null);

        /** @return the index in {@link #list} of the innermost report covering a token, -1 for none */
        int of(int tokenIndex, int tokenCount) {
            if (reportOf == null) {
                Objects.checkIndex(tokenIndex, tokenCount);
                return -1;
            }
            return reportOf[tokenIndex];
        }
    }

    /**
     * Reported speech is found on first use (most fields a rule reads never ask whose words they are); with a
     * counting {@link WorkMeter} it is found while analysing, so the meter sees the whole analysis.
     */
    private Reports reports() {
        Reports r = lazyReports;
        if (r == null) {
            r = findReports();
            lazyReports = r; // deterministic, immutable: a race only computes it twice
        }
        return r;
    }

    private Reports findReports() {
        int n = tokens.size();
        List<ReportedSpeechFinder.Found> rs = ReportedSpeechFinder.find(text, tokens, keys, keyHashes, wordClass, slots,
                nextNonJoiner(), sentenceOf, sentences, quoteFinds, meter);
        if (rs.isEmpty()) {
            return Reports.NONE; // most texts report nobody's words
        }
        List<ReportedSpeech> rl = new ArrayList<>(rs.size());
        int[] reportOf = new int[n];
        Arrays.fill(reportOf, -1);
        // innermost (latest-starting) report covering each token, by a sweep with a stack
        int[] stack = new int[rs.size() + 1];
        int top = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (next < rs.size() && rs.get(next).contentFirstToken() <= i) {
                if (rs.get(next).contentEndToken() > i) {
                    stack[top++] = next;
                }
                next++;
                meter.add(1);
            }
            while (top > 0 && rs.get(stack[top - 1]).contentEndToken() <= i) {
                top--;
                meter.add(1);
            }
            reportOf[i] = top > 0 ? stack[top - 1] : -1;
        }
        for (ReportedSpeechFinder.Found f : rs) {
            rl.add(f.report());
        }
        return new Reports(List.copyOf(rl), reportOf);
    }

    /**
     * Package-internal: the matching key of every token, in order (shared with {@link Lexicon}); the array may be
     * longer than the tokens.
     */
    String[] keys() {
        return keys;
    }

    /** Package-internal: {@code keys()[i].hashCode()} for every token. */
    int[] keyHashes() {
        return keyHashes;
    }

    /** Package-internal: the {@link WordClasses} slot of every token's key, -1 for none. */
    int[] slots() {
        return slots;
    }

    /**
     * {@code SEQUENCE[i] == i + 1}: {@link #nextNonJoiner()} of every text without joiners of up to this many tokens,
     * shared (only ever read).
     */
    private static final int[] SEQUENCE = sequence(1024);

    private static int[] sequence(int length) {
        int[] s = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = i + 1;
        }
        return s;
    }

    /**
     * Package-internal: {@link Lexicon#nextNonJoiner(List)} of the tokens, computed on first use; the array may be
     * longer than the tokens, and is never to be written to.
     */
    int[] nextNonJoiner() {
        int[] r = lazyNextNonJoiner;
        if (r == null) {
            if (joiners) {
                r = Lexicon.nextNonJoiner(tokens);
            } else if (tokens.size() <= SEQUENCE.length) {
                r = SEQUENCE; // most texts have no joiners: each token's next is the one after it
            } else {
                r = new int[tokens.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = i + 1;
                }
            }
            lazyNextNonJoiner = r; // deterministic: a race only computes it twice
        }
        return r;
    }

    private int[] mergeQuoteIntervals(List<QuoteScanner.Found> found) {
        // quotes are sorted by start; nested ones lie inside their parent
        int[] tmp = new int[found.size() * 2];
        int m = 0;
        for (QuoteScanner.Found f : found) {
            QuotedSpan q = f.quote();
            if (m > 0 && q.start() <= tmp[m - 1]) {
                tmp[m - 1] = Math.max(tmp[m - 1], q.end());
            } else {
                tmp[m++] = q.start();
                tmp[m++] = q.end();
            }
        }
        return Arrays.copyOf(tmp, m);
    }

    /**
     * Analyses a text.
     *
     * @param text the text, any content (may be empty)
     * @return the analysis
     */
    public static AnalysedText of(String text) {
        return new AnalysedText(Objects.requireNonNull(text, "text"), WorkMeter.NONE, Vocabulary.BUILT_IN);
    }

    /**
     * Analyses a text, numbering its tokens by a vocabulary ({@link #wordId(int)}). The analysis is the same as
     * {@link #of(String)}'s; looking the tokens up in a vocabulary of more words costs nothing more per token.
     *
     * @param text       the text, any content (may be empty)
     * @param vocabulary the words to number the tokens' keys by
     * @return the analysis
     */
    public static AnalysedText of(String text, Vocabulary vocabulary) {
        return new AnalysedText(Objects.requireNonNull(text, "text"), WorkMeter.NONE,
                Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /**
     * Analyses a text, counting the work done.
     *
     * @param text  the text
     * @param meter counts steps of this analysis and of lexicon matching over it
     * @return the analysis
     */
    public static AnalysedText of(String text, WorkMeter meter) {
        return new AnalysedText(Objects.requireNonNull(text, "text"), Objects.requireNonNull(meter, "meter"),
                Vocabulary.BUILT_IN);
    }

    /**
     * The vocabulary the tokens are numbered by: the one given to {@link #of(String, Vocabulary)}, else a vocabulary
     * of the analysis's own words only (the same for every such analysis).
     *
     * @return the vocabulary of {@link #wordId(int)}
     */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The id of a token's {@link #key(int) key} in the {@link #vocabulary()}, found while tokenising: a table of
     * values by id answers the token without looking its key up.
     *
     * @param tokenIndex a token index
     * @return {@code vocabulary().id(key(tokenIndex))}: -1 if the vocabulary does not hold the key
     */
    public int wordId(int tokenIndex) {
        Objects.checkIndex(tokenIndex, tokens.size());
        return ids[tokenIndex];
    }

    /** @return the analysed text */
    public String text() {
        return text;
    }

    /** @return the tokens in order (whitespace is not a token) */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * The matching key of a token, computed once while analysing: the same string as
     * {@code tokens().get(tokenIndex).key()} without computing it again (which makes a new string for a token
     * with apostrophes).
     *
     * @param tokenIndex a token index
     * @return the token's {@link Token#key() key}
     */
    public String key(int tokenIndex) {
        Objects.checkIndex(tokenIndex, tokens.size());
        return keys[tokenIndex];
    }

    /**
     * The {@link String#hashCode() hash code} of a token's {@link #key(int) key}, computed while tokenising, so that
     * a table keyed by words can be probed without hashing the key again.
     *
     * @param tokenIndex a token index
     * @return {@code key(tokenIndex).hashCode()}
     */
    public int keyHash(int tokenIndex) {
        Objects.checkIndex(tokenIndex, tokens.size());
        return keyHashes[tokenIndex];
    }

    /** @return the sentences in order */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** @return all quoted spans, ordered by start (outer before inner) */
    public List<QuotedSpan> quotedSpans() {
        return quotes;
    }

    /** @return all reported speech, ordered by cue, including words the writer reports of themself */
    public List<ReportedSpeech> reportedSpeech() {
        return reports().list();
    }

    /**
     * The meter given to {@link #of(String, WorkMeter)} ({@link WorkMeter#NONE} otherwise), so that later passes
     * over this analysis (lexicon matching, rules) count their work too.
     *
     * @return the meter
     */
    public WorkMeter meter() {
        return meter;
    }

    /**
     * @param offset a character offset
     * @return whether the offset lies inside quotation marks (the marks included)
     */
    public boolean isInsideQuote(int offset) {
        int lo = 0;
        int hi = quoteIntervals.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteIntervals[2 * mid + 1] <= offset) {
                lo = mid + 1;
            } else if (quoteIntervals[2 * mid] > offset) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * @param offset a character offset
     * @return whether the offset lies inside words reported as someone else's (not the writer's)
     */
    public boolean isReported(int offset) {
        return tokenAt(offset).map(t -> isTokenReported(t.index())).orElse(false);
    }

    /**
     * Whose words are at an offset: the speaker of the innermost reported speech covering it; for quoted
     * words that no cue attributes, an {@link SpeakerRole#UNKNOWN unknown} speaker; empty for the writer's own
     * words.
     *
     * @param offset a character offset
     * @return the speaker, if the words are someone else's
     */
    public Optional<Speaker> speakerAt(int offset) {
        Optional<Token> t = tokenAt(offset);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int i = t.get().index();
        Reports rep = reports();
        List<ReportedSpeech> reports = rep.list();
        int r = rep.of(i, tokens.size());
        if (r >= 0 && !reports.get(r).speaker().role().isWriter()) {
            return Optional.of(reports.get(r).speaker());
        }
        if (inQuote != null && inQuote[i]) {
            return Optional.of(r >= 0 ? reports.get(r).speaker() : Speaker.unnamed(SpeakerRole.UNKNOWN));
        }
        return Optional.empty();
    }

    /**
     * @param offset a character offset
     * @return whether the words there are someone else's: quoted or reported
     */
    public boolean isOthersWords(int offset) {
        return isInsideQuote(offset) || isReported(offset);
    }

    /**
     * @param offset a character offset
     * @return the token covering the offset, if any (none in whitespace)
     */
    public Optional<Token> tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokenArray[mid];
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param offset a character offset
     * @return the sentence covering the offset, if any
     */
    public Optional<Sentence> sentenceAt(int offset) {
        return tokenAt(offset).map(t -> sentences.get(sentenceOf[t.index()]));
    }

    /**
     * @param tokenIndex a token index
     * @return the sentence holding the token
     */
    public Sentence sentenceOf(int tokenIndex) {
        return sentences.get(sentenceOf[tokenIndex]);
    }

    /**
     * @param tokenIndex a token index
     * @return whether the token is inside quotation marks (or is one of the marks)
     */
    public boolean isTokenQuoted(int tokenIndex) {
        if (inQuote == null) {
            java.util.Objects.checkIndex(tokenIndex, tokens.size()); // a bad index fails as with quotes
            return false;
        }
        return inQuote[tokenIndex];
    }

    /**
     * @param tokenIndex a token index
     * @return whether the token is inside words reported as someone else's
     */
    public boolean isTokenReported(int tokenIndex) {
        Reports rep = reports();
        int r = rep.of(tokenIndex, tokens.size());
        return r >= 0 && !rep.list().get(r).speaker().role().isWriter();
    }

    /**
     * @param tokenIndex a token index
     * @return the innermost reported speech covering the token (the writer's own reports included)
     */
    public Optional<ReportedSpeech> reportAt(int tokenIndex) {
        Reports rep = reports();
        int r = rep.of(tokenIndex, tokens.size());
        return r >= 0 ? Optional.of(rep.list().get(r)) : Optional.empty();
    }

    /**
     * @param tokenIndex a token index
     * @return whether a negation ("not", "never", "didn't", "no", "without") governs the token: it follows one
     *     closely in the same clause
     */
    public boolean isNegated(int tokenIndex) {
        return (scopes().scope()[tokenIndex] & NEGATED) != 0;
    }

    /**
     * @param tokenIndex a token index
     * @return whether a hedge ("I think", "probably", "might", "seemed") governs the token: it follows one in
     *     the same clause
     */
    public boolean isHedged(int tokenIndex) {
        return (scopes().scope()[tokenIndex] & HEDGED) != 0;
    }

    /**
     * @param tokenIndex a token index
     * @return index one past the last token of the token's clause (clauses end at punctuation and at "but",
     *     "because", "although" ...)
     */
    public int clauseEnd(int tokenIndex) {
        return scopes().clauseEnd()[tokenIndex];
    }

    @Override
    public String toString() {
        return "AnalysedText[" + tokens.size() + " tokens, " + sentences.size() + " sentences]";
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
