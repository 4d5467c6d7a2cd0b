package org.safeguardingkit.core.quality.rules;

import java.util.Locale;

/**
 * Internal: one free-text field split once into word and punctuation tokens with UTF-16 offsets, lower-cased
 * forms, sentence numbers and whether each token lies inside quotation marks (straight, curly, single or double;
 * apostrophes inside or at the end of words are not quotes). Linear in the length of the text.
 *
 * <p>Not thread-safe: a passage belongs to one check (shared between its rules through the
 * {@link org.safeguardingkit.core.quality.RuleContext}) and fills small caches lazily.
 */
final class Passage {

    static final byte WORD = 0;
    static final byte PUNCT = 1;
    static final byte QUOTE = 2;

    /** {@link #ids}: a word whose id is not known (cut unlike the analysis's token): look it up. */
    static final int UNKNOWN = -2;

    /** {@link #casing}: a capital A-Z. */
    static final byte CAPITALS = 1;
    /** {@link #casing}: a character beyond ASCII. */
    static final byte BEYOND_ASCII = 2;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] lower;
    byte[] kind;
    boolean[] quoted;
    boolean[] capital;
    /**
     * Per word, what its characters are: {@link #CAPITALS} when it holds a capital A-Z, {@link #BEYOND_ASCII} when it
     * holds a character beyond ASCII (which may be a capital too), 0 for ASCII with no capital; 0 for other tokens.
     */
    byte[] casing;
    int[] sentence;
    /**
     * Per word, the id of its {@link #lower} form in {@link #vocabulary} (-1: not in it) where the analysis has a
     * token of the same extent whose key is that form, else {@link #UNKNOWN} (as for every other token); null when
     * the passage was cut without the analysis's tokens. A reader with values by id reads them here instead of
     * looking the word up.
     */
    int[] ids;
    /** The vocabulary of {@link #ids}: the analysis's. */
    org.safeguardingkit.core.text.Vocabulary vocabulary;
    /** Token index where each sentence starts; {@code sentences} entries used. */
    int[] sentenceStart;
    int sentences;

    /**
     * Whether a name first met as the object of the opening name's verb ("Jack pushed Oscar") is another pupil: set
     * on an uncached copy when the record lists other pupils, so the opening name is the record's child.
     */
    boolean openingObjectIsOther;

    /** A passage of {@code text} with room for {@code capacity} tokens (more are made room for when needed). */
    private Passage(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        kind = new byte[capacity];
        capital = new boolean[capacity];
        casing = new byte[capacity];
        sentence = new int[capacity];
        sentenceStart = new int[8];
    }

    /** An uncached copy of {@code p} (same text and quote marks) where {@link #openingObjectIsOther} holds. */
    static Passage withOpeningObjectAsOther(Passage p) {
        return new Passage(p);
    }

    /** A copy of {@code p} where {@link #openingObjectIsOther} holds, sharing its (no longer changing) token arrays. */
    private Passage(Passage p) {
        this.text = p.text;
        this.size = p.size;
        this.start = p.start;
        this.end = p.end;
        this.lower = p.lower;
        this.kind = p.kind;
        this.quoted = p.quoted;
        this.capital = p.capital;
        this.casing = p.casing;
        this.sentence = p.sentence;
        this.ids = p.ids;
        this.vocabulary = p.vocabulary;
        this.sentenceStart = p.sentenceStart;
        this.sentences = p.sentences;
        this.dotted = p.dotted;
        this.keys = p.keys == null ? new String[p.size] : p.keys;
        p.keys = this.keys;
        this.marksOwner = p.marksOwner;
        this.marks = p.marks;
        this.marksOwner2 = p.marksOwner2;
        this.marks2 = p.marks2;
        this.openingObjectIsOther = true;
    }

    /**
     * The passage of a field, shared within one check; quotation marks as the shared
     * {@link org.safeguardingkit.core.text.AnalysedText} finds them (every quote style, nested and unclosed quotes).
     */
    static Passage of(String text, org.safeguardingkit.core.quality.RuleContext context) {
        return context.derived(text, Passage.class, t -> of(t, Lexicon.analysed(context, t)));
    }

    /** The passage of a text with its quotation marks as {@code analysed} (the analysis of the same text) finds them. */
    static Passage of(String text, org.safeguardingkit.core.text.AnalysedText analysed) {
        return of(text, analysed, true);
    }

    /**
     * The passage of a text: its tokens cut by {@link #scan}, their lower-case strings taken from the tokens of
     * {@code analysed} (the analysis of the same text) where both cut a word alike if {@code reuse}, else made here,
     * and its quotation marks as the analysis finds them. Either way the passage is the same; the tests compare them.
     */
    static Passage of(String text, org.safeguardingkit.core.text.AnalysedText analysed, boolean reuse) {
        java.util.List<org.safeguardingkit.core.text.Token> tokens = analysed.tokens();
        // about as many tokens as the analysis: this joins more into words ("self-harm") but splits times ("12:40")
        // and runs of stops ("...")
        Passage p = new Passage(text, tokens.size() + 4);
        if (reuse) {
            p.ids = new int[p.start.length];
            p.vocabulary = analysed.vocabulary();
        }
        p.scan(reuse ? tokens : java.util.List.of(), analysed);
        p.quoteAs(analysed.quotedSpans());
        return p;
    }

    /** {@link #quoted} of the passages with no quotes and no more tokens than this has entries: all false, never written. */
    private static final boolean[] NONE_QUOTED = new boolean[512];

    /**
     * Sets {@link #quoted} as the analysis finds quotes: a token (not itself a quotation mark) is quoted when its start
     * lies in a quoted span. Spans are ordered by start; one pass over tokens and spans together.
     */
    private void quoteAs(java.util.List<org.safeguardingkit.core.text.QuotedSpan> spans) {
        int q = spans.size();
        if (q == 0) {
            quoted = size <= NONE_QUOTED.length ? NONE_QUOTED : new boolean[size];
            return;
        }
        quoted = new boolean[start.length];
        // the union of the spans as sorted disjoint intervals, merged as the tokens reach them: [from, to)
        int k = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < size; i++) {
            int off = start[i];
            while (to <= off && k < q) {
                org.safeguardingkit.core.text.QuotedSpan s = spans.get(k++);
                from = s.start();
                to = s.end();
                while (k < q && spans.get(k).start() <= to) {
                    to = Math.max(to, spans.get(k++).end());
                }
            }
            quoted[i] = kind[i] != QUOTE && to > off && from <= off;
        }
    }

    /**
     * The text in lower case with curly apostrophes straightened, same length as the text: made only when a word holds
     * a character beyond ASCII (lower-casing those may depend on the letters around them).
     */
    private String lowerText;

    /**
     * Splits the text; {@code analysed} are the tokens of the shared analysis of the same text (or none).
     *
     * <p>The two tokenizers differ (words here take in '%', '£', "self-harm", "n.f.a", "f**k", "24/7"; this
     * splits "12:40"; its sentences and quotes are its own), but in ASCII text a word of the analysis holds only
     * characters this joins alike. So where a word starts at an analysis word, its characters are not read again:
     * the word is taken to the token's end (its capitals are where the token's lower-case form differs from it) and
     * only the characters after it are read, to see whether the word goes on ("self-harm"); a word of the same extent
     * as the token takes its lower-case string. Everything else (spaces, punctuation, quotes, sentence ends, text
     * beyond ASCII) is read character by character, as all of it is with no tokens. The analysis's tokens are walked
     * alongside ({@code next}, the first not yet passed, and its start).
     */
    private void scan(java.util.List<org.safeguardingkit.core.text.Token> analysed,
            org.safeguardingkit.core.text.AnalysedText at) {
        String t = text;
        int n = t.length();
        boolean ascii = isAsciiForWords(t);
        int m = analysed.size();
        int next = 0;
        int nextStart = m > 0 ? analysed.get(0).start() : Integer.MAX_VALUE;
        int[] st = start;
        int[] en = end;
        String[] lo = lower;
        byte[] ki = kind;
        boolean[] cap = capital;
        byte[] ca = casing;
        int[] se = sentence;
        int[] id = ids;
        int sz = 0;
        boolean inDouble = false;
        boolean inSingle = false;
        boolean curlyDouble = false;
        int sent = 0;
        boolean sentenceOpen = false;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                inDouble = false;
                inSingle = false;
                pendingBreak = true;
                i++;
                continue;
            }
            boolean word = isWordChar(c);
            if (!word && isSpace(c)) {
                i++;
                continue;
            }
            // a token starts here
            if (pendingBreak && sentenceOpen) {
                sent++;
                sentenceOpen = false;
            }
            pendingBreak = false;
            if (!sentenceOpen) {
                openSentence(sent, sz);
                sentenceOpen = true;
            }
            if (sz == st.length) {
                grow();
                st = start;
                en = end;
                lo = lower;
                ki = kind;
                cap = capital;
                ca = casing;
                se = sentence;
                id = ids;
            }
            st[sz] = i;
            se[sz] = sent;
            cap[sz] = c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
            if (word) {
                int s = i;
                // the analysis's token starting here, if any (passing those that words before took in)
                while (nextStart < s) {
                    next++;
                    nextStart = next < m ? analysed.get(next).start() : Integer.MAX_VALUE;
                }
                org.safeguardingkit.core.text.Token tok = nextStart == s ? analysed.get(next) : null;
                boolean dot = false;
                boolean spaceAfter = false;
                // the AND and the OR of the word's characters: of the ASCII characters a word may hold, only the
                // capitals A-Z lack bit 0x20, and an OR of 128 or more means a character beyond ASCII
                int and = c;
                int or = c;
                i++;
                if (ascii && tok != null && tok.kind() == org.safeguardingkit.core.text.TokenKind.WORD) {
                    // in ASCII, a word of the analysis holds letters, digits and apostrophes between a letter and a
                    // letter or digit, all of which this joins alike: go on from its end; it has a capital where its
                    // lower-case form differs from it
                    i = tok.end();
                    // (a word with no capital is its own normal form, mostly the same string: not compared then)
                    String tt = tok.text();
                    String tn = tok.normal();
                    if (tt != tn && !tt.equals(tn)) {
                        and &= ~0x20;
                    }
                }
                while (i < n) {
                    char d = t.charAt(i);
                    if ((char) (d - 'a') < 26) {
                        i++; // the common case: a small letter changes neither test on the AND and the OR
                    } else if (d == ' ') {
                        spaceAfter = true;
                        break; // the common end of a word (its space is passed below, not read again)
                    } else if (isWordChar(d)) {
                        and &= d;
                        or |= d;
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '*' || d == '&' || d == '/')
                            && i + 1 < n && isWordChar(t.charAt(i + 1))) {
                        dot |= d == '.';
                        and &= d & t.charAt(i + 1);
                        or |= d | t.charAt(i + 1);
                        i += 2;
                    } else if (d == '*' && i + 1 < n && (t.charAt(i + 1) == '*' || isWordChar(t.charAt(i + 1)))) {
                        i++;
                    } else if (d == '.' && s + 1 < i && isAbbreviationDot(t, s, i)) {
                        dot = true;
                        i++;
                    } else {
                        break;
                    }
                }
                byte cased = or >= 128 ? BEYOND_ASCII : (and & 0x20) == 0 ? CAPITALS : 0;
                en[sz] = i;
                ki[sz] = WORD;
                ca[sz] = cased;
                String low = null;
                int wordId = UNKNOWN;
                if (tok != null && tok.end() == i && cased != BEYOND_ASCII) {
                    // the analysis cuts the same word: its lower-case string (ASCII: its normal form is its ASCII
                    // lower case, as here), and its id if the token's key is that string (no apostrophe taken out)
                    low = tok.normal();
                    if (at.key(next) == low) {
                        wordId = at.wordId(next);
                    }
                    next++;
                    nextStart = next < m ? analysed.get(next).start() : Integer.MAX_VALUE;
                }
                lo[sz] = low != null ? low : lowerWord(t, s, i, cased);
                if (id != null) {
                    id[sz] = wordId;
                }
                sz++;
                if (dot) {
                    markDotted(sz - 1);
                }
                if (spaceAfter) {
                    i++;
                }
                continue;
            }
            // punctuation and quotes; the spacing around a character matters only for straight and single quotes
            boolean spaced = c == '"' || c == '\'' || c == '\u2018' || c == '\u2019';
            boolean prevSpace = spaced && (i == 0 || isOpener(t.charAt(i - 1)) || isSpace(t.charAt(i - 1)));
            boolean nextSpace = spaced && (i + 1 >= n || isCloser(t.charAt(i + 1)) || isSpace(t.charAt(i + 1)));
            byte k = PUNCT;
            if (c == '"') {
                k = QUOTE;
                if (inDouble && !curlyDouble) {
                    inDouble = false;
                } else if (!inDouble) {
                    inDouble = true;
                    curlyDouble = false;
                } else if (prevSpace && !nextSpace) {
                    curlyDouble = false;
                } else {
                    inDouble = false;
                }
            } else if (c == '\u201C' || c == '\u201E') {
                k = QUOTE;
                inDouble = true;
                curlyDouble = true;
            } else if (c == '\u201D') {
                k = QUOTE;
                inDouble = false;
            } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
                if (!inSingle && prevSpace && !nextSpace && c != '\u2019') {
                    k = QUOTE;
                    inSingle = true;
                } else if (inSingle && nextSpace) {
                    k = QUOTE;
                    inSingle = false;
                } else if (!inSingle && prevSpace && !nextSpace) {
                    k = QUOTE;
                    inSingle = true;
                }
            }
            en[sz] = i + 1;
            ki[sz] = k;
            lo[sz] = c < 128 ? ONE_CHAR[c] : text.substring(i, i + 1);
            if (id != null) {
                id[sz] = UNKNOWN;
            }
            sz++;
            if ((c == '.' || c == '!' || c == '?') && !(inDouble || inSingle) && !isTitleBefore(sz)) {
                pendingBreak = true;
            } else if (k == QUOTE && !(inDouble || inSingle) && sz >= 2 && ki[sz - 2] == PUNCT) {
                char pc = t.charAt(st[sz - 2]);
                if (pc == '.' || pc == '!' || pc == '?') {
                    int j = i + 1;
                    while (j < n && t.charAt(j) == ' ') {
                        j++;
                    }
                    if (j < n && Character.isUpperCase(t.charAt(j))) {
                        pendingBreak = true;
                    }
                }
            }
            i++;
        }
        size = sz;
        lowerText = null;
    }

    /**
     * Whether no word of the analysis of {@code t} can hold a character beyond ASCII, so that {@link #scan} may take
     * the analysis's words over without reading them: true when every character is ASCII or a lone surrogate (the
     * analysis joins no surrogate into a word, nor does this). That is when the UTF-8 encoding is as long as the text
     * (a lone surrogate encodes as one '?', every other character beyond ASCII as two bytes or more): for a text of
     * one-byte characters that encoding is a check of the bytes at once and a copy, cheaper than reading the
     * characters one by one.
     */
    static boolean isAsciiForWords(String t) {
        return t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length == t.length();
    }

    /** {@link Character#isWhitespace(char)}, without its tables for ASCII. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    /** Notes that word {@code i} holds a dot ("n.f.a."). */
    private void markDotted(int i) {
        if (dotted == null) {
            dotted = new boolean[start.length];
        } else if (dotted.length <= i) {
            dotted = java.util.Arrays.copyOf(dotted, start.length);
        }
        dotted[i] = true;
    }

    /** {@code "([{-\u2014\u2013".indexOf(c) >= 0}. */
    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '-' || c == '\u2014' || c == '\u2013';
    }

    /** {@code ".,;:!?)]}".indexOf(c) >= 0}. */
    private static boolean isCloser(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}';
    }

    private static boolean isAbbreviationDot(String t, int s, int i) {
        // "N.F.A." style: single letters separated by dots
        return i - s >= 3 && t.charAt(i - 2) == '.' && Character.isLetter(t.charAt(i - 1));
    }

    /** Whether the word before the last of the first {@code size} tokens is a title or an initial ("Mr", "J"). */
    private boolean isTitleBefore(int size) {
        if (size < 2 || kind[size - 2] != WORD) {
            return false;
        }
        String w = lower[size - 2];
        if (w.length() > 6) {
            return false; // longer than any title ("approx"): spares the switch hashing a new word
        }
        return switch (w) {
            case "mr", "mrs", "ms", "dr", "approx", "st", "e.g", "i.e", "no", "vs", "etc", "ie", "eg" -> true;
            default -> w.length() == 1 && Character.isLetter(w.charAt(0)) && Character.isUpperCase(text.charAt(start[size - 2]));
        };
    }

    /** Sentence {@code s} starts at token {@code at}. */
    private void openSentence(int s, int at) {
        if (s >= sentenceStart.length) {
            sentenceStart = java.util.Arrays.copyOf(sentenceStart, sentenceStart.length * 2);
        }
        sentenceStart[s] = at;
        sentences = s + 1;
    }

    /**
     * The lower-case form of the word at [s, e) of {@code t} ({@code cased} its {@link #casing}) when the analysis
     * has no token of the same extent: the word itself when it has no capital, else its ASCII lower case; beyond
     * ASCII, cut from the lower-cased text.
     */
    private String lowerWord(String t, int s, int e, byte cased) {
        if (cased == BEYOND_ASCII) {
            String low = lowerText;
            if (low == null) {
                low = lowerCase(text);
                lowerText = low;
            }
            return low.substring(s, e);
        }
        if (cased == 0) {
            return text.substring(s, e);
        }
        byte[] b = new byte[e - s];
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            b[i - s] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The text in lower case with curly apostrophes straightened, each character lower-cased on its own if need be. */
    private static String lowerCase(String t) {
        String low = t.toLowerCase(Locale.ROOT);
        if (low.length() != t.length()) {
            // a few characters change length in lower case: lower each character on its own
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                b.append(Character.toLowerCase(t.charAt(i)));
            }
            low = b.toString();
        }
        return low.indexOf('\u2019') >= 0 ? low.replace('\u2019', '\'') : low;
    }

    /** Shared one-character strings for ASCII punctuation and quote tokens. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf(c).intern();
        }
    }

    private void grow() {
        int cap = start.length * 2;
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
        lower = java.util.Arrays.copyOf(lower, cap);
        kind = java.util.Arrays.copyOf(kind, cap);
        capital = java.util.Arrays.copyOf(capital, cap);
        casing = java.util.Arrays.copyOf(casing, cap);
        sentence = java.util.Arrays.copyOf(sentence, cap);
        ids = ids == null ? null : java.util.Arrays.copyOf(ids, cap);
    }

    /** ASCII word characters 0-63 ('0'-'9', '%') and 64-127 ('A'-'Z', 'a'-'z') as bits. */
    private static final long WORD_LOW = 0x03FF_0000_0000_0000L | 1L << '%';
    private static final long WORD_HIGH = 0x07FF_FFFE_07FF_FFFEL;

    static boolean isWordChar(char c) {
        if (c < 128) {
            // a shift by c uses only its low six bits: one bit test instead of four range tests
            return ((c < 64 ? WORD_LOW : WORD_HIGH) >>> c & 1) != 0;
        }
        return Character.isLetterOrDigit(c) || c == '\u00a3' || c == '%';
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] != WORD && text.charAt(start[i]) == c;
    }

    /** Index of the first token of sentence {@code s}. */
    int sentenceFirst(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        return s + 1 < sentences ? sentenceStart[s + 1] : size;
    }

    private String[] keys;
    /** Word tokens holding a dot ("n.f.a."), null when none does. */
    private boolean[] dotted;
    private Object marksOwner;
    private int[] marks;
    private Object marksOwner2;
    private int[] marks2;

    /** Per-token marks computed by {@code owner} (a lexicon), or null if not yet stored. */
    int[] cachedMarks(Object owner) {
        if (marksOwner == owner) {
            return marks;
        }
        if (marksOwner2 == owner) {
            return marks2;
        }
        return null;
    }

    /** Stores the marks of {@code owner}, cached for two owners. */
    void storeMarks(Object owner, int[] m) {
        if (marksOwner == null) {
            marksOwner = owner;
            marks = m;
        } else {
            marksOwner2 = owner;
            marks2 = m;
        }
    }

    /** The matching key of token {@code i}: lower case, dots removed ("n.f.a." is "nfa"). */
    String key(int i) {
        if (kind[i] != WORD) {
            return Phrases.key(lower[i]);
        }
        if (dotted == null || i >= dotted.length || !dotted[i]) {
            return lower[i]; // a word with no dot: the key is its lower-case form
        }
        if (keys == null) {
            keys = new String[size];
        }
        String k = keys[i];
        if (k == null) {
            k = Phrases.key(lower[i]);
            keys[i] = k;
        }
        return k;
    }

    /** The possessive-free form of a word ("harvey's" gives "harvey"). */
    String bare(int i) {
        String w = lower[i];
        if (w.endsWith("'s") && w.length() > 2) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    boolean isPossessive(int i) {
        String w = lower[i];
        return w.endsWith("'s") && w.length() > 2;
    }
}
