package org.safeguardingkit.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks in one pass with a stack (internal). Each mark is judged from its neighbours
 * (left- or right-flanking, as CommonMark does for emphasis), its shape (opening, closing or straight) and
 * which quotes are open; an apostrophe after a letter ("James'") is never taken as a quote unless a single
 * quote is open.
 */
final class QuoteScanner {

    /** A quote found, with token indices of its marks (internal). */
    record Found(QuotedSpan quote, int openToken, int endTokenExclusive) {
    }

    static final Set<String> ELISIONS = words(
            "em", "cause", "cos", "coz", "til", "till", "tis", "twas", "n", "bout", "round", "ere", "ow", "ave");

    private static final Comparator<Found> BY_START_THEN_DEPTH =
            Comparator.comparingInt((Found f) -> f.quote().start()).thenComparingInt(f -> f.quote().depth());

    private QuoteScanner() {
    }

    private static final class Open {
        final int token;
        final char mark;
        final boolean dbl;
        final int depth;
        boolean done;

        Open(int token, char mark, boolean dbl, int depth) {
            this.token = token;
            this.mark = mark;
            this.dbl = dbl;
            this.depth = depth;
        }
    }

    static List<Found> scan(String text, List<Token> tokens, String[] keys, int[] wordClass, int[] sentenceOf,
            List<Sentence> sentences,
            WorkMeter meter) {
        List<Found> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int[] openCount = new int[2]; // [single, double]
        int[] openStraightDouble = new int[1];
        int n = tokens.size();
        int len = text.length();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.QUOTE) {
                continue;
            }
            meter.add(1);
            char c = t.text().charAt(0);
            boolean dbl = isDouble(c);
            int fam = dbl ? 1 : 0;
            int prev = t.start() > 0 ? text.codePointBefore(t.start()) : -1;
            int next = t.end() < len ? text.codePointAt(t.end()) : -1;
            boolean prevSpace = prev == -1 || Tokenizer.isSpace(prev);
            boolean nextSpace = next == -1 || Tokenizer.isSpace(next);
            boolean prevPunct = !prevSpace && !Tokenizer.isWordChar(prev);
            boolean nextPunct = !nextSpace && !Tokenizer.isWordChar(next);
            boolean left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
            boolean right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
            boolean hasOpen = openCount[fam] > 0;
            Role role;
            switch (c) {
                case '\u201C': case '\u201E': case '\u2018': case '\u201A': case '\u00AB': case '\u2039': case '\u201B': case '\u201F':
                    if (right && !left && hasOpen) {
                        role = Role.CLOSE;
                    } else if (!dbl && isElision(tokens, keys, wordClass, i)) {
                        role = Role.NONE;
                    } else {
                        role = Role.OPEN;
                    }
                    break;
                case '\u201D': case '\u00BB': case '\u203A':
                    role = hasOpen && (right || !left) ? Role.CLOSE : (left && !right ? Role.OPEN : (hasOpen ? Role.CLOSE : Role.NONE));
                    break;
                case '\u2019': case '\'': case '`': case '\u00B4':
                    if (hasOpen && (right || !left)) {
                        role = Role.CLOSE;
                    } else if (left && !right && !isElision(tokens, keys, wordClass, i) && !Character.isDigit(next)) {
                        role = Role.OPEN;
                    } else if (hasOpen && left && right) {
                        role = Role.CLOSE;
                    } else {
                        role = Role.NONE;
                    }
                    break;
                default: // straight double and anything else double
                    if (left && !right) {
                        role = Role.OPEN;
                    } else if (hasOpen) {
                        role = Role.CLOSE;
                    } else {
                        role = left || !right ? Role.OPEN : Role.NONE;
                    }
                    break;
            }
            if (role == Role.OPEN) {
                // the same straight mark opening again while one is open: the earlier one was never closed
                if (c == '"' && openStraightDouble[0] > 0 || c == '\u201C' && hasOpenMark(stack, '\u201C', meter)) {
                    char same = c;
                    while (!stack.isEmpty()) {
                        meter.add(1);
                        Open o = stack.remove(stack.size() - 1);
                        openCount[o.dbl ? 1 : 0]--;
                        if (o.mark == '"') {
                            openStraightDouble[0]--;
                        }
                        out.add(unclosed(text, tokens, o, Math.min(sentences.get(sentenceOf[o.token]).endToken(), i)));
                        if (o.mark == same) {
                            break;
                        }
                    }
                }
                stack.add(new Open(i, c, dbl, stack.size()));
                openCount[fam]++;
                if (c == '"') {
                    openStraightDouble[0]++;
                }
            } else if (role == Role.CLOSE) {
                while (!stack.isEmpty()) {
                    meter.add(1);
                    Open o = stack.remove(stack.size() - 1);
                    openCount[o.dbl ? 1 : 0]--;
                    if (o.mark == '"') {
                        openStraightDouble[0]--;
                    }
                    if (o.dbl == dbl) {
                        Token open = tokens.get(o.token);
                        QuotedSpan q = new QuotedSpan(open.start(), t.end(), open.end(), t.start(),
                                QuoteStyle.of(o.mark), o.depth, true);
                        out.add(new Found(q, o.token, i + 1));
                        break;
                    }
                    out.add(unclosed(text, tokens, o, i));
                }
            }
        }
        for (int k = stack.size() - 1; k >= 0; k--) {
            Open o = stack.get(k);
            out.add(unclosed(text, tokens, o, sentences.get(sentenceOf[o.token]).endToken()));
        }
        if (out.size() > 1 && !inOrder(out)) {
            out.sort(BY_START_THEN_DEPTH); // stable: a list already in order would be left as it is
        }
        return out;
    }

    /**
     * @return whether the quotes are already ordered as {@link #BY_START_THEN_DEPTH} orders them (usually: quotes
     *     closed in turn, each after the one before), so that sorting them would leave them as they are
     */
    private static boolean inOrder(List<Found> out) {
        QuotedSpan prev = out.get(0).quote();
        for (int k = 1; k < out.size(); k++) {
            QuotedSpan q = out.get(k).quote();
            if (q.start() < prev.start() || q.start() == prev.start() && q.depth() < prev.depth()) {
                return false;
            }
            prev = q;
        }
        return true;
    }

    private static boolean hasOpenMark(List<Open> stack, char mark, WorkMeter meter) {
        // only called for curly doubles, which rarely nest: look at the top few entries only (bounded work)
        for (int k = stack.size() - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
            meter.add(1);
            if (stack.get(k).mark == mark) {
                return true;
            }
        }
        return false;
    }

    private static Found unclosed(String text, List<Token> tokens, Open o, int endTokenExclusive) {
        Token open = tokens.get(o.token);
        int endTok = Math.max(endTokenExclusive, o.token + 1);
        int end = endTok > o.token + 1 ? tokens.get(endTok - 1).end() : open.end();
        QuotedSpan q = new QuotedSpan(open.start(), end, open.end(), end, QuoteStyle.of(o.mark), o.depth, false);
        return new Found(q, o.token, endTok);
    }

    private static boolean isElision(List<Token> tokens, String[] keys, int[] wordClass, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        // the list has no apostrophes: a normal form in it is its own key
        return next.start() == tokens.get(i).end() && (wordClass[i + 1] & WordClasses.ELISION) != 0
                && keys[i + 1] == next.normal();
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB';
    }

    private enum Role { OPEN, CLOSE, NONE }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
