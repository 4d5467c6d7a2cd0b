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
    /** Token index where each sentence starts; {@code sentences} entries used. */
    int[] sentenceStart;
    int sentences;

    /**
     * Whether a name first met as the object of the opening name's verb ("Jack pushed Oscar") is another pupil: set
     * on an uncached copy when the record lists other pupils, so the opening name is the record's child.
     */
    boolean openingObjectIsOther;

    private Passage(String text) {
        this.text = text;
        int cap = Math.max(8, text.length() / 4 + 4);
        start = new int[cap];
        end = new int[cap];
        lower = new String[cap];
        kind = new byte[cap];
        quoted = new boolean[cap];
        capital = new boolean[cap];
        casing = new byte[cap];
        sentence = new int[cap];
        sentenceStart = new int[8];
    }

    static Passage of(String text) {
        Passage p = new Passage(text);
        p.scan(java.util.List.of());
        return p;
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
        return context.derived(text, Passage.class, t -> of(t, context.analysed(t)));
    }

    /** The passage of a text with its quotation marks as {@code analysed} (the analysis of the same text) finds them. */
    static Passage of(String text, org.safeguardingkit.core.text.AnalysedText analysed) {
        Passage p = new Passage(text);
        p.scan(analysed.tokens());
        p.quoteAs(analysed.quotedSpans());
        return p;
    }

    /**
     * Sets {@link #quoted} as the analysis finds quotes: a token (not itself a quotation mark) is quoted when its start
     * lies in a quoted span. Spans are ordered by start; one pass over tokens and spans together.
     */
    private void quoteAs(java.util.List<org.safeguardingkit.core.text.QuotedSpan> spans) {
        int q = spans.size();
        if (q == 0) {
            java.util.Arrays.fill(quoted, 0, size, false);
            return;
        }
        // the union of the spans as sorted disjoint intervals
        int[] iv = new int[2 * q];
        int m = 0;
        for (int k = 0; k < q; k++) {
            org.safeguardingkit.core.text.QuotedSpan s = spans.get(k);
            if (m > 0 && s.start() <= iv[m - 1]) {
                iv[m - 1] = Math.max(iv[m - 1], s.end());
            } else {
                iv[m++] = s.start();
                iv[m++] = s.end();
            }
        }
        int j = 0;
        for (int i = 0; i < size; i++) {
            int off = start[i];
            while (j < m && iv[j + 1] <= off) {
                j += 2;
            }
            quoted[i] = kind[i] != QUOTE && j < m && iv[j] <= off;
        }
    }

    /**
     * The text in lower case with curly apostrophes straightened, same length as the text: made only when a word holds
     * a character beyond ASCII (lower-casing those may depend on the letters around them).
     */
    private String lowerText;

    /** The analysis's tokens, whose lower-case forms words of the same extent reuse (see {@link #lowerWord}). */
    private java.util.List<org.safeguardingkit.core.text.Token> shared;
    /** The next of {@link #shared} to compare with a word. */
    private int sharedNext;

    /**
     * Splits the text; {@code analysed} are the tokens of the shared analysis of the same text (or none), whose
     * lower-case strings are reused for words both tokenizers cut alike instead of copying them out again.
     */
    private void scan(java.util.List<org.safeguardingkit.core.text.Token> analysed) {
        shared = analysed;
        sharedNext = 0;
        // the characters copied out once: the loop below reads each several times
        char[] t = text.toCharArray();
        int n = t.length;
        boolean inDouble = false;
        boolean inSingle = false;
        boolean curlyDouble = false;
        int sent = 0;
        boolean sentenceOpen = false;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (inDouble || inSingle) {
                    inDouble = false;
                    inSingle = false;
                }
                pendingBreak = true;
                i++;
                continue;
            }
            if (isWordChar(c)) {
                int s = i;
                boolean dot = false;
                // the AND and the OR of the word's characters: of the ASCII characters a word may hold, only the
                // capitals A-Z lack bit 0x20, and an OR of 128 or more means a character beyond ASCII
                int and = c;
                int or = c;
                i++;
                while (i < n) {
                    char d = t[i];
                    if ((char) (d - 'a') < 26) {
                        i++; // the common case: a small letter changes neither test on the AND and the OR
                    } else if (isWordChar(d)) {
                        and &= d;
                        or |= d;
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '*' || d == '&' || d == '/')
                            && i + 1 < n && isWordChar(t[i + 1])) {
                        dot |= d == '.';
                        and &= d & t[i + 1];
                        or |= d | t[i + 1];
                        i += 2;
                    } else if (d == '*' && i + 1 < n && (t[i + 1] == '*' || isWordChar(t[i + 1]))) {
                        i++;
                    } else if (d == '.' && s + 1 < i && isAbbreviationDot(t, s, i)) {
                        dot = true;
                        i++;
                    } else {
                        break;
                    }
                }
                if (pendingBreak && sentenceOpen) {
                    sent++;
                    sentenceOpen = false;
                }
                pendingBreak = false;
                if (!sentenceOpen) {
                    openSentence(sent);
                    sentenceOpen = true;
                }
                byte cased = or >= 128 ? BEYOND_ASCII : (and & 0x20) == 0 ? CAPITALS : 0;
                add(s, i, c, WORD, inDouble || inSingle, sent, cased);
                if (dot) {
                    if (dotted == null) {
                        dotted = new boolean[start.length];
                    } else if (dotted.length < size) {
                        dotted = java.util.Arrays.copyOf(dotted, start.length);
                    }
                    dotted[size - 1] = true;
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            // punctuation and quotes; the spacing around a character matters only for straight and single quotes
            boolean spaced = c == '"' || c == '\'' || c == '\u2018' || c == '\u2019';
            boolean prevSpace = spaced && (i == 0 || isOpener(t[i - 1]) || Character.isWhitespace(t[i - 1]));
            boolean nextSpace = spaced && (i + 1 >= n || isCloser(t[i + 1]) || Character.isWhitespace(t[i + 1]));
            byte k = PUNCT;
            boolean q = inDouble || inSingle;
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
            if (pendingBreak && sentenceOpen) {
                sent++;
                sentenceOpen = false;
            }
            pendingBreak = false;
            if (!sentenceOpen) {
                openSentence(sent);
                sentenceOpen = true;
            }
            add(i, i + 1, c, k, q, sent, (byte) 0);
            if ((c == '.' || c == '!' || c == '?') && !(inDouble || inSingle) && !isTitleBefore()) {
                pendingBreak = true;
            } else if (k == QUOTE && !(inDouble || inSingle) && size >= 2 && kind[size - 2] == PUNCT) {
                char pc = t[start[size - 2]];
                if (pc == '.' || pc == '!' || pc == '?') {
                    int j = i + 1;
                    while (j < n && t[j] == ' ') {
                        j++;
                    }
                    if (j < n && Character.isUpperCase(t[j])) {
                        pendingBreak = true;
                    }
                }
            }
            i++;
        }
        shared = null;
        lowerText = null;
    }

    /** {@code "([{-\u2014\u2013".indexOf(c) >= 0}. */
    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '-' || c == '\u2014' || c == '\u2013';
    }

    /** {@code ".,;:!?)]}".indexOf(c) >= 0}. */
    private static boolean isCloser(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}';
    }

    private static boolean isAbbreviationDot(char[] t, int s, int i) {
        // "N.F.A." style: single letters separated by dots
        return i - s >= 3 && t[i - 2] == '.' && Character.isLetter(t[i - 1]);
    }

    private boolean isTitleBefore() {
        if (size < 2 || kind[size - 2] != WORD) {
            return false;
        }
        String w = lower[size - 2];
        return switch (w) {
            case "mr", "mrs", "ms", "dr", "approx", "st", "e.g", "i.e", "no", "vs", "etc", "ie", "eg" -> true;
            default -> w.length() == 1 && Character.isLetter(w.charAt(0)) && Character.isUpperCase(text.charAt(start[size - 2]));
        };
    }

    private void openSentence(int s) {
        if (s >= sentenceStart.length) {
            int[] bigger = new int[sentenceStart.length * 2];
            System.arraycopy(sentenceStart, 0, bigger, 0, sentenceStart.length);
            sentenceStart = bigger;
        }
        sentenceStart[s] = size;
        sentences = s + 1;
    }

    /** Adds the token at [s, e), whose first character is {@code c}. */
    private void add(int s, int e, char c, byte k, boolean q, int sent, byte cased) {
        if (size == start.length) {
            grow();
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        quoted[size] = q;
        sentence[size] = sent;
        casing[size] = cased;
        capital[size] = c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
        if (k != WORD) {
            lower[size] = e == s + 1 && c < 128 ? ONE_CHAR[c] : text.substring(s, e);
        } else {
            lower[size] = lowerWord(s, e, cased);
        }
        size++;
    }

    /**
     * The lower-case form of the word at [s, e) ({@code cased} its {@link #casing}): for an ASCII word the lower-case
     * string of the analysis's token of the same extent when there is one (often a string shared by every text), else
     * the word itself when it has no capital, else its ASCII lower case; beyond ASCII, cut from the lower-cased text.
     */
    private String lowerWord(int s, int e, byte cased) {
        if (cased == BEYOND_ASCII) {
            String low = lowerText;
            if (low == null) {
                low = lowerCase(text);
                lowerText = low;
            }
            return low.substring(s, e);
        }
        java.util.List<org.safeguardingkit.core.text.Token> ts = shared;
        int j = sharedNext;
        int m = ts.size();
        while (j < m) {
            org.safeguardingkit.core.text.Token tok = ts.get(j);
            if (tok.start() >= s) {
                if (tok.start() == s && tok.end() == e) {
                    sharedNext = j + 1;
                    return tok.normal(); // ASCII: the token's normal form is its ASCII lower case, as here
                }
                break;
            }
            j++;
        }
        sharedNext = j;
        if (cased == 0) {
            return text.substring(s, e);
        }
        byte[] b = new byte[e - s];
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
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
        quoted = java.util.Arrays.copyOf(quoted, cap);
        capital = java.util.Arrays.copyOf(capital, cap);
        casing = java.util.Arrays.copyOf(casing, cap);
        sentence = java.util.Arrays.copyOf(sentence, cap);
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
