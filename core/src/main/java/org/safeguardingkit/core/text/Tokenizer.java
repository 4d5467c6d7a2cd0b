package org.safeguardingkit.core.text;

import java.util.Arrays;
import java.util.List;

/** Splits a text into tokens in one left-to-right pass (internal). */
final class Tokenizer {

    private Tokenizer() {
    }

    static boolean isQuoteChar(int c) {
        switch (c) {
            case '"': case '\'': case '`': case '\u00B4':
            case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u2039': case '\u203A':
                return true;
            default:
                return false;
        }
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isWordChar(int c) {
        if (c < 128) {
            // ASCII: letters and digits only (no ASCII character is a combining mark)
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAsciiWordChar(int c) {
        return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    /** @return whether a non-ASCII character is no part of any token: a space, a control or format character */
    private static boolean isIgnorable(int c) {
        return isSpace(c) || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** One-character strings for ASCII, so that punctuation tokens share their text. */
    private static final String[] ASCII_STRINGS = asciiStrings();

    /** The {@link Token#key() keys} of {@link #ASCII_STRINGS} (an apostrophe's is empty). */
    private static final String[] ASCII_KEYS = asciiKeys();

    private static String[] asciiKeys() {
        String[] k = new String[128];
        for (int c = 0; c < 128; c++) {
            k[c] = Token.keyOf(Token.normalise(ASCII_STRINGS[c]));
        }
        return k;
    }

    private static String[] asciiStrings() {
        String[] s = new String[128];
        for (int c = 0; c < 128; c++) {
            s[c] = String.valueOf((char) c).intern();
        }
        return s;
    }

    /**
     * The tokens of a text and, per token, its {@link Token#key() key}, the key's {@code hashCode()}, its
     * {@link WordClasses} flags and slot (-1: not in the table), its id in the {@link Vocabulary} the text was
     * scanned with (-1: none; the same array as the slots when the vocabulary holds no more words than the table),
     * and whether a line break comes between it and the token before (internal; the arrays have at least one entry
     * per token, and {@code lineBreakBefore} is null when no line break comes between tokens); and whether any
     * token is a {@link TokenKind#JOINER joiner}, and any a {@link TokenKind#QUOTE quote}.
     */
    record Tokens(Token[] array, int count, String[] keys, int[] keyHashes, int[] wordClasses, int[] slots,
            int[] ids, boolean[] lineBreakBefore, boolean joiners, boolean quotes) {

        /** @return the tokens, an unmodifiable list over {@link #array} */
        List<Token> tokens() {
            return new ReadOnlyList<>(array, count);
        }
    }

    /**
     * Tokens only, for compiling lexicon phrases: no {@link WordClasses} lookups, so that building that table
     * (which reads word lists of classes holding lexicons) never needs the table itself.
     */
    static List<Token> tokenize(String text, WorkMeter meter) {
        return scan(text, meter, null).tokens();
    }

    /**
     * The tokens of a text, each looked up in a vocabulary: one probe per word finds its id, and from that its
     * {@link WordClasses} slot and flags (the vocabulary numbers the table's words by their slots) and the shared
     * string of a word the vocabulary holds.
     *
     * @param vocabulary the words to look token keys up in; null for no lookups (ids, slots and flags -1 and 0)
     */
    static Tokens scan(String text, WorkMeter meter, Vocabulary vocabulary) {
        // (without a vocabulary, nothing here reads one: building the tables may tokenize, see tokenize)
        boolean classify = vocabulary != null;
        Vocabulary v = vocabulary;
        WordTable table = classify ? v.table : null;
        int[] flags = classify ? v.flags : null;
        int builtIn = classify ? v.builtIn : 0;
        boolean sameIds = !classify || v.builtIn == v.size();
        int n = text.length();
        // the characters once, in an array: reading them from the String checks its coding at every character
        char[] cs = text.toCharArray();
        // about one token per four characters: enough for nearly every text without growing
        int cap = Math.min(n, 8 + n / 4);
        Token[] tokens = new Token[cap];
        int count = 0;
        String[] keys = new String[cap];
        int[] hashes = new int[cap];
        int[] classes = new int[cap];
        int[] slots = new int[cap];
        int[] ids = sameIds ? slots : new int[cap];
        boolean[] breaks = null; // made at the first line break between tokens: most texts have none
        boolean lineBreak = false;
        boolean joiners = false;
        boolean quotes = false;
        int i = 0;
        while (i < n) {
            char ch = cs[i];
            if (ch == ' ') {
                // the common gap between words: one space, skipped before the checks a token needs
                i++;
                continue;
            }
            int c;
            int len;
            if (count == keys.length) {
                int grown = Math.max(16, count * 2);
                tokens = Arrays.copyOf(tokens, grown);
                keys = Arrays.copyOf(keys, grown);
                hashes = Arrays.copyOf(hashes, grown);
                classes = Arrays.copyOf(classes, grown);
                slots = Arrays.copyOf(slots, grown);
                ids = sameIds ? slots : Arrays.copyOf(ids, grown);
                breaks = breaks == null ? null : Arrays.copyOf(breaks, grown);
            }
            if (ch < 128) {
                if (ch <= ' ' || ch == 0x7F) {
                    i++; // ASCII space and control characters
                    lineBreak |= ch == '\n' || ch == '\r';
                    continue;
                }
                c = ch;
                len = 1;
                if (isAsciiWordChar(c)) {
                    // the common case: a word of ASCII letters and digits
                    int start = i;
                    boolean number = c <= '9';
                    boolean plain = !(c >= 'A' && c <= 'Z');
                    boolean ascii = true;
                    boolean apostrophe = false;
                    // the hash of the key (lower case, no apostrophes) as String.hashCode computes it, and its
                    // WordTable pack, so that the word table needs neither a string nor a comparison
                    int h = plain ? c : c + ('a' - 'A');
                    long pack = h;
                    i++;
                    while (i < n) {
                        char d = cs[i];
                        if (d < 128) {
                            if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                                h = 31 * h + d;
                                pack = WordTable.packChar(pack, d);
                                i++;
                                continue;
                            }
                            if (d >= 'A' && d <= 'Z') {
                                plain = false;
                                h = 31 * h + d + ('a' - 'A');
                                pack = WordTable.packChar(pack, d + ('a' - 'A'));
                                i++;
                                continue;
                            }
                            if (d == '\'' && !number && joinsLetters(cs, i)) {
                                apostrophe = true;
                                i += 1;
                            } else if (number && (d == '.' || d == ',' || d == ':') && joinsDigits(cs, i)) {
                                h = 31 * h + d;
                                pack = WordTable.packChar(pack, d);
                                i += 1;
                            } else {
                                break;
                            }
                        } else {
                            int step = nonAsciiStep(cs, i, number);
                            if (step == 0) {
                                break;
                            }
                            plain = false;
                            ascii = false;
                            i += step;
                        }
                    }
                    String t;
                    String normal;
                    String key;
                    int slot;
                    pack = WordTable.pack(pack, i - start);
                    if (plain && !apostrophe && classify) {
                        // lower-case ASCII: the text is its own key; a word of the table is not copied out
                        slot = table.find(cs, start, i, h, pack);
                        t = slot >= 0 ? table.word(slot) : text.substring(start, i);
                        normal = t;
                        key = t;
                        classes[count] = slot >= 0 ? flags[slot] : 0;
                        ids[count] = slot;
                        slots[count] = slot < builtIn ? slot : -1;
                    } else if (ascii && !apostrophe && classify
                            && (slot = table.findAsciiLowerCase(cs, start, i, h, pack)) >= 0) {
                        // a word of the table with capitals ("The", "Mum"): its lower case is the table's string
                        t = text.substring(start, i);
                        normal = table.word(slot);
                        key = normal;
                        classes[count] = flags[slot];
                        ids[count] = slot;
                        slots[count] = slot < builtIn ? slot : -1;
                    } else {
                        otherWord(text, start, i, h, plain, ascii, apostrophe, v, classify, count, tokens, keys,
                                hashes, classes, slots, ids);
                        if (lineBreak) {
                            breaks = lineBreakBefore(breaks, count, keys.length);
                            lineBreak = false;
                        }
                        count++;
                        continue;
                    }
                    keys[count] = key;
                    hashes[count] = h;
                    if (lineBreak) {
                        breaks = lineBreakBefore(breaks, count, keys.length);
                        lineBreak = false;
                    }
                    tokens[count] = new Token(count, start, i, t, normal, number ? TokenKind.NUMBER : TokenKind.WORD);
                    count++;
                    continue;
                }
            } else {
                c = Character.codePointAt(cs, i);
                len = Character.charCount(c);
                if (isIgnorable(c)) {
                    i += len;
                    lineBreak |= c == '\u2028' || c == '\u2029';
                    continue;
                }
            }
            i = other(text, cs, i, c, len, count, v, classify, tokens, keys, hashes, classes, slots, ids);
            TokenKind kind = tokens[count].kind();
            joiners |= kind == TokenKind.JOINER;
            quotes |= kind == TokenKind.QUOTE;
            if (lineBreak) {
                breaks = lineBreakBefore(breaks, count, keys.length);
                lineBreak = false;
            }
            count++;
        }
        meter.add(n);
        return new Tokens(tokens, count, keys, hashes, classes, slots, ids, breaks, joiners, quotes);
    }

    /**
     * Marks a line break before token {@code index}.
     *
     * @param breaks the marks so far, null for none
     * @param index  the token
     * @param length the length of the token arrays
     * @return the marks, made now if null
     */
    private static boolean[] lineBreakBefore(boolean[] breaks, int index, int length) {
        boolean[] b = breaks == null ? new boolean[length] : breaks;
        b[index] = true;
        return b;
    }

    /** @return whether the apostrophe at {@code i} joins a letter before it to a word character after it */
    private static boolean joinsLetters(char[] cs, int i) {
        return i + 1 < cs.length && isWordChar(Character.codePointAt(cs, i + 1))
                && Character.isLetter(Character.codePointBefore(cs, i));
    }

    /** @return whether the separator at {@code i} ("3.5", "1,000", "10:30") has a digit on both sides */
    private static boolean joinsDigits(char[] cs, int i) {
        return i + 1 < cs.length && Character.isDigit(Character.codePointAt(cs, i + 1))
                && Character.isDigit(Character.codePointBefore(cs, i));
    }

    /**
     * @return how many chars the non-ASCII character at {@code i} adds to the word before it (a letter, digit or
     *     mark, or an apostrophe between a letter and a word character), 0 if it ends the word
     */
    private static int nonAsciiStep(char[] cs, int i, boolean number) {
        int cp = Character.codePointAt(cs, i);
        if (isWordChar(cp)) {
            return Character.charCount(cp);
        }
        return isApostrophe(cp) && !number && joinsLetters(cs, i) ? 1 : 0;
    }

    /**
     * Writes a word that starts with an ASCII letter or digit but is not simply its own key (capitals not in the
     * word table, apostrophes, non-ASCII letters) as token {@code count}: lower-casing and taking apostrophes out
     * make strings, kept out of {@link #scan(String, WorkMeter, Vocabulary)}'s loop as in {@link #other}.
     */
    private static void otherWord(String text, int start, int end, int asciiHash, boolean plain, boolean ascii,
            boolean apostrophe, Vocabulary v, boolean classify, int count, Token[] tokens, String[] keys,
            int[] hashes, int[] classes, int[] slots, int[] ids) {
        String t = text.substring(start, end);
        String normal = plain ? t : Token.normalise(t);
        String key = apostrophe || !ascii ? Token.keyOf(normal) : normal;
        int h = ascii ? asciiHash : key.hashCode();
        // (an ASCII word with capitals was looked up already)
        int slot = !classify || ascii && !apostrophe ? -1 : v.table.find(key, h);
        classes[count] = (slot >= 0 ? v.flags[slot] : 0) | elidedNot(key, normal);
        ids[count] = slot;
        slots[count] = classify && slot < v.builtIn ? slot : -1;
        keys[count] = key;
        hashes[count] = h;
        boolean number = t.charAt(0) <= '9';
        tokens[count] = new Token(count, start, end, t, normal, number ? TokenKind.NUMBER : TokenKind.WORD);
    }

    /**
     * Scans the token at {@code start} that is not a word of ASCII letters and digits (punctuation, symbols,
     * quotation marks, words that start with another letter), writes it as token {@code count} into the arrays
     * and returns the index after it. Kept out of {@link #scan(String, WorkMeter, Vocabulary)}, whose loop is
     * mostly ASCII words: a smaller loop lets the compiler inline everything the common case calls.
     */
    private static int other(String text, char[] cs, int start, int c, int len, int count, Vocabulary v,
            boolean classify, Token[] tokens, String[] keys, int[] hashes, int[] classes, int[] slots, int[] ids) {
        int n = cs.length;
        int i = start;
        TokenKind kind;
        if (isWordChar(c)) {
            boolean number = Character.isDigit(c);
            i += len;
            while (i < n) {
                int d = Character.codePointAt(cs, i);
                if (isWordChar(d)) {
                    i += Character.charCount(d);
                } else if (isApostrophe(d) && !number && i + 1 < n
                        && isWordChar(Character.codePointAt(cs, i + 1))
                        && Character.isLetter(Character.codePointBefore(cs, i))) {
                    i += 1;
                } else if (number && (d == '.' || d == ',' || d == ':') && i + 1 < n
                        && Character.isDigit(Character.codePointAt(cs, i + 1))
                        && Character.isDigit(Character.codePointBefore(cs, i))) {
                    i += 1;
                } else {
                    break;
                }
            }
            kind = number ? TokenKind.NUMBER : TokenKind.WORD;
        } else if (isQuoteChar(c)) {
            i += len;
            kind = TokenKind.QUOTE;
        } else if (isHyphen(c)) {
            i += len;
            boolean joins = start > 0 && i < n && isWordChar(Character.codePointBefore(cs, start))
                    && isWordChar(Character.codePointAt(cs, i));
            kind = joins ? TokenKind.JOINER : TokenKind.PUNCTUATION;
        } else if (isPunctuation(c)) {
            i += len;
            // keep runs of the same terminator together: "...", "?!"
            if (c == '.' || c == '!' || c == '?') {
                while (i < n && (cs[i] == '.' || cs[i] == '!' || cs[i] == '?')) {
                    i++;
                }
            }
            kind = TokenKind.PUNCTUATION;
        } else {
            i += len;
            kind = TokenKind.SYMBOL;
        }
        String t;
        String normal;
        String key;
        int slot;
        if (i - start == 1 && c < 128) {
            // one ASCII character (punctuation, a symbol, a quotation mark): its own normal form, its key and slot
            // worked out once per character
            t = ASCII_STRINGS[c];
            normal = t;
            key = ASCII_KEYS[c];
            slot = classify ? v.asciiIds[c] : -1;
        } else {
            t = text.substring(start, i);
            normal = Token.normalise(t);
            key = Token.keyOf(normal);
            slot = classify ? v.table.find(key, key.hashCode()) : -1;
        }
        keys[count] = key;
        hashes[count] = key.hashCode();
        int marks = kind == TokenKind.PUNCTUATION ? punctuationMarks(t) : elidedNot(key, normal);
        classes[count] = (slot >= 0 ? v.flags[slot] : 0) | marks;
        ids[count] = slot;
        slots[count] = classify && slot < v.builtIn ? slot : -1;
        tokens[count] = new Token(count, start, i, t, normal, kind);
        return i;
    }

    /**
     * @return {@link WordClasses#ELIDED_NOT} if a token of this key and normal form ends in an elided "not": its
     *     key ends in "nt" but is not its normal form (apostrophes were taken out), which ends in "n't"; else 0
     */
    private static int elidedNot(String key, String normal) {
        return key != normal && key.endsWith("nt") && normal.endsWith("n't") ? WordClasses.ELIDED_NOT : 0;
    }

    /**
     * @return the {@link WordClasses} marks of a punctuation token: {@link WordClasses#TERMINATOR} if it starts
     *     with . ! ? or …, {@link WordClasses#CLAUSE_PUNCTUATION} unless it is one of ' / &amp; @ # % *
     */
    private static int punctuationMarks(String s) {
        char c = s.charAt(0);
        int marks = c == '.' || c == '!' || c == '?' || c == '\u2026' ? WordClasses.TERMINATOR : 0;
        boolean inClause = s.length() == 1
                && (c == '\'' || c == '/' || c == '&' || c == '@' || c == '#' || c == '%' || c == '*');
        return inClause ? marks : marks | WordClasses.CLAUSE_PUNCTUATION;
    }

    static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
