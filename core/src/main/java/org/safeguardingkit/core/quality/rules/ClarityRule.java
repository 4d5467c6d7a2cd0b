package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Glossary;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.quality.TextRule;
import org.safeguardingkit.core.text.TextSpan;

/**
 * Rule {@code clarity}: a record another professional can act on.
 * <ul>
 *   <li>an acronym that is neither in the glossary ({@link RuleContext#glossary()}: CSC, MASH, DSL, EHA, CAMHS,
 *       LADO, ... shipped in {@code org/safeguardingkit/core/quality/clarity/glossary.yaml}, extended by the rule set)
 *       nor defined in the text ("Forced Marriage Unit (FMU)", "FMU (Forced Marriage Unit)"): INFO on its first use;</li>
 *   <li>a summary too short to act on (fewer than {@code clarity.minWords} words, default 8): WARNING.</li>
 * </ul>
 * Quoted words are someone's own words and are not checked. Text written mostly in capitals is not checked for
 * acronyms.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClarityRule implements TextRule {

    /** The rule id. */
    public static final String ID = "clarity";

    /** Default minimum number of words in a summary. */
    public static final int DEFAULT_MIN_WORDS = 8;

    /** Creates the rule. */
    public ClarityRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> checkText(String text, String field, RuleContext context) {
        List<Finding> out = new ArrayList<>(0);
        if ("summary".equals(field)) {
            int min = context.intParameter(ID, "minWords", DEFAULT_MIN_WORDS);
            Passage p = Passage.of(text, context);
            int words = 0;
            // counted only as far as the minimum: past it the count is not reported
            for (int i = 0; i < p.size && words < min; i++) {
                if (p.isWord(i)) {
                    words++;
                }
            }
            if (words < min) {
                String msg = "The summary is too short to act on (" + words + " word" + (words == 1 ? "" : "s") + ").";
                String sug = "Say what happened, who was involved, where and when, what the child said, and what was done.";
                if (p.size == 0) {
                    out.add(Finding.onField(ID, Severity.WARNING, field, msg, sug));
                } else {
                    out.add(Finding.at(ID, Severity.WARNING, field, TextSpan.of(text, p.start[0], p.end[p.size - 1]), msg, sug));
                }
            }
            acronyms(p, field, context, out);
        } else if (!text.isBlank() && mayHoldAcronym(text)) {
            acronyms(Passage.of(text, context), field, context, out);
        }
        return out;
    }

    /**
     * Whether some run of the text without whitespace holds two capitals: a word of the passage lies within such a run,
     * so without one no word is an acronym ({@link #isAcronym} counts two capitals at least) and the field's passage is
     * not needed here.
     */
    static boolean mayHoldAcronym(String t) {
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                if (++upper == 2) {
                    return true;
                }
            } else if (c <= ' ' || c >= 128 && Character.isWhitespace(c)) {
                upper = 0;
            }
        }
        return false;
    }

    private static void acronyms(Passage p, String field, RuleContext context, List<Finding> out) {
        Glossary glossary = null;
        List<String> seen = null;
        for (int i = 0; i < p.size; i++) {
            // a word of ASCII without a capital (most words) is no acronym: its letters are not counted
            if (p.casing[i] == 0 || !p.isWord(i) || p.quoted[i] || !isAcronym(p.text, p.start[i], p.end[i])) {
                continue;
            }
            if (glossary == null) {
                // text mostly in capitals is not checked: asked only once an acronym is met
                if (mostlyCapitals(p)) {
                    return;
                }
                glossary = context.glossary();
            }
            String term = term(p.text, p.start[i], p.end[i]);
            if (glossary.contains(term) || definedHere(p, i)) {
                continue;
            }
            if (seen == null) {
                seen = new ArrayList<>(2);
            }
            if (seen.contains(term)) {
                continue;
            }
            seen.add(term);
            if (definedElsewhere(p, term)) {
                continue;
            }
            out.add(Finding.at(ID, Severity.INFO, field, TextSpan.of(p.text, p.start[i], p.end[i]),
                    "'" + term + "' is an acronym a reader may not know.",
                    "Write it out in full the first time, e.g. \"Full Name (" + term + ")\"."));
        }
    }

    static boolean isAcronym(String t, int s, int e) {
        int len = e - s;
        if (len < 2 || len > 10) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        // upper + lower <= len, so once 2 * lower > len the capitals cannot reach lower: a name ("Jayden") is ruled
        // out about halfway through
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (c >= 'a' && c <= 'z' && 2 * ++lower > len) {
                    return false;
                }
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) && 2 * ++lower > len) {
                return false;
            }
        }
        // "DSL", "DSL's", "TAs", "HoY"
        return upper >= 2 && upper >= lower;
    }

    /** The glossary form: possessive and plural "s" removed. */
    static String term(String t, int s, int e) {
        int len = e - s;
        int end = e;
        char last = t.charAt(e - 1);
        if (len >= 2 && (last == 's' || last == 'S') && (t.charAt(e - 2) == '\'' || t.charAt(e - 2) == '\u2019')) {
            end = e - 2;
        } else if (len > 2 && last == 's' && Character.isUpperCase(t.charAt(e - 2))) {
            end = e - 1;
        }
        byte[] b = new byte[end - s];
        for (int i = s; i < end; i++) {
            char c = t.charAt(i);
            if (c >= 128) {
                return termSlow(t, s, e); // toUpperCase may change the length of non-ASCII text
            }
            b[i - s] = (byte) (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String termSlow(String t, int s, int e) {
        String w = t.substring(s, e).replace('\u2019', '\'');
        if (w.endsWith("'s") || w.endsWith("'S")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 2 && w.charAt(w.length() - 1) == 's' && Character.isUpperCase(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        return w.toUpperCase(Locale.ROOT);
    }

    /** "Full Name (ABC)" or "ABC (Full Name)". */
    private static boolean definedHere(Passage p, int i) {
        boolean inParens = i > 0 && p.isPunct(i - 1, '(') && i + 1 < p.size && p.isPunct(i + 1, ')');
        if (inParens) {
            return i >= 3 && p.isWord(i - 2) && p.isWord(i - 3);
        }
        return i + 2 < p.size && p.isPunct(i + 1, '(') && p.isWord(i + 2) && i + 3 < p.size && p.isWord(i + 3);
    }

    private static boolean definedElsewhere(Passage p, String term) {
        for (int i = 0; i < p.size; i++) {
            // the bracket test first: it rules out nearly every token without building its glossary form
            if (p.isWord(i) && definedHere(p, i) && isAcronym(p.text, p.start[i], p.end[i])
                    && term(p.text, p.start[i], p.end[i]).equals(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether more than 60% of the text's letters (at least 20) are capitals. Every letter lies in a word of the
     * passage, and a word of ASCII without a capital ({@link Passage#casing} 0) holds only small letters, so the
     * capitals are counted in the other words alone; the small letters of the rest are counted only as far as needed
     * to rule the text out (usually not at all: the capitalised words of ordinary text hold more small letters than
     * capitals already).
     */
    static boolean mostlyCapitals(Passage p) {
        if (!mayBeMostlyCapitals(p)) {
            return false;
        }
        String t = p.text;
        int letters = 0;
        int upper = 0;
        for (int w = 0; w < p.size; w++) {
            if (p.casing[w] == 0 || p.kind[w] != Passage.WORD) {
                continue;
            }
            for (int i = p.start[w]; i < p.end[w]; i++) {
                char c = t.charAt(i);
                if (c < 128) {
                    // ASCII: the same answers as Character.isLetter / isUpperCase, without the table lookups
                    if ((char) ((c | 0x20) - 'a') < 26) {
                        letters++;
                        upper += ((c >> 5) & 1) ^ 1;
                    }
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        // capitals exceed 60% of the letters when 2 * upper > 3 * (the other letters)
        for (int w = 0; w < p.size && 2 * upper > 3 * (letters - upper); w++) {
            if (p.casing[w] != 0 || p.kind[w] != Passage.WORD) {
                continue;
            }
            for (int i = p.start[w]; i < p.end[w]; i++) {
                char c = t.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    letters++;
                }
            }
        }
        return letters >= 20 && upper * 10 > letters * 6;
    }

    /**
     * A bound, without reading the capitalised words: their length bounds the capitals from above, and the small
     * letters of the other words bound the rest from below, so once 3 * small letters reach 2 * that length the
     * capitals cannot exceed 60% of the letters (usually after a few words of ordinary text).
     */
    private static boolean mayBeMostlyCapitals(Passage p) {
        int most = 0;
        for (int w = 0; w < p.size; w++) {
            if (p.casing[w] != 0 && p.kind[w] == Passage.WORD) {
                most += p.end[w] - p.start[w];
            }
        }
        String t = p.text;
        int small = 0;
        for (int w = 0; w < p.size && 3 * small < 2 * most; w++) {
            if (p.casing[w] != 0 || p.kind[w] != Passage.WORD) {
                continue;
            }
            for (int i = p.start[w]; i < p.end[w]; i++) {
                char c = t.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    small++;
                }
            }
        }
        return 3 * small < 2 * most;
    }
}
