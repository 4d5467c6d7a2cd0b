package org.safeguardingkit.core.quality.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.text.TextSpan;

/**
 * Rule {@code child-voice}: the record should carry the child's own words, views or feelings, in
 * {@code childVoice.words} or in the summary (quoted, or reported: "she told me she doesn't want to go home").
 * <ul>
 *   <li>present: no finding;</li>
 *   <li>not obtained, with a reason ({@code childVoice.notObtainedReason}, or in the text: "was too distressed to
 *       talk", "I have not yet spoken to him as he was absent"): INFO;</li>
 *   <li>missing: WARNING.</li>
 * </ul>
 * Words of adults (parents, staff, police) and of other pupils are not the child's voice. Words of "-" or "" and
 * reasons of "n/a" or "-" count as absent. Lexicon: {@code org/safeguardingkit/core/quality/child-voice/lexicon.yaml}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChildVoiceRule implements Rule {

    /** The rule id. */
    public static final String ID = "child-voice";

    private static final String SUGGESTION = "Record what the child said, in their own words (\"...\"), or why their "
            + "views could not be obtained and when they will be sought.";

    private final Lexicon lex;
    private final Speakers speakers;

    /** Creates the rule with its shipped lexicon. */
    public ChildVoiceRule() {
        this.lex = Lexicon.load(ID);
        this.speakers = new Speakers(lex);
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
    public List<Finding> check(Concern concern, RuleContext context) {
        Optional<ChildVoice> voice = concern.childVoice();
        if (voice.flatMap(ChildVoice::words).filter(w -> isMeaningful(w, context)).isPresent()) {
            return List.of();
        }
        String summary = concern.summary();
        Passage p = Passage.of(summary, context);
        if (childSpeech(p, context) >= 0) {
            return List.of();
        }
        Optional<String> reason = voice.flatMap(ChildVoice::notObtainedReason).filter(r -> isMeaningful(r, context));
        if (reason.isPresent()) {
            return List.of(Finding.onField(ID, Severity.INFO, "childVoice/notObtainedReason",
                    "The child's views were not obtained; the reason is recorded.",
                    "Record the child's views when they are sought, in their own words."));
        }
        int[] inText = notObtainedInText(p, context);
        if (inText != null) {
            TextSpan span = TextSpan.of(summary, p.start[inText[0]], p.end[inText[1]]);
            return List.of(Finding.at(ID, Severity.INFO, "summary", span,
                    "The child's views were not obtained; the text gives the reason.",
                    "Record the child's views when they are sought, in their own words."));
        }
        return List.of(Finding.onField(ID, Severity.WARNING, "childVoice",
                "The record has neither the child's own words or views nor a reason why they were not obtained.",
                SUGGESTION));
    }

    /**
     * Whether {@code text} reports the child's own words (quoted or reported speech by the child, not by an adult or
     * another pupil).
     *
     * @param text    free text, e.g. a summary
     * @param context the context (for extra lexicon entries)
     * @return {@code true} if the child's voice is in the text
     */
    public boolean hasChildVoice(String text, RuleContext context) {
        return childSpeech(Passage.of(text, context), context) >= 0;
    }

    boolean isMeaningful(String value, RuleContext context) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return false;
        }
        boolean anyLetter = false;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetterOrDigit(v.charAt(i))) {
                anyLetter = true;
                break;
            }
        }
        return anyLetter && !lex.has("placeholders", v, context);
    }

    /** Index of a speech verb whose speaker is the child, or -1. */
    int childSpeech(Passage p, RuleContext ctx) {
        for (int i = 0; i < p.size; i++) {
            if (!p.isWord(i) || p.quoted[i]) {
                continue;
            }
            String w = p.lower[i];
            boolean quoteOnly = lex.has("quoteVerbs", w, ctx) || lex.has("speechNouns", w, ctx);
            if (!quoteOnly && !lex.has("speechVerbs", w, ctx)) {
                continue;
            }
            if (quoteOnly && !quoteFollows(p, i, 8)) {
                continue;
            }
            if (negated(p, i, ctx) || instruction(p, i) || reportedState(p, i)) {
                continue;
            }
            if (speakerOf(p, i, ctx) == Speakers.Who.CHILD) {
                return i;
            }
        }
        return -1;
    }

    private Speakers.Who speakerOf(Passage p, int i, RuleContext ctx) {
        String prev = i > 0 && p.isWord(i - 1) ? p.lower[i - 1] : "";
        boolean passive = switch (prev) {
            case "was", "were", "been", "being", "is", "are", "be", "get", "got" -> true;
            default -> false;
        };
        if (i + 1 < p.size && p.isWord(i + 1) && p.lower[i + 1].equals("by")) {
            return speakers.subjectAfter(p, i + 2, ctx);
        }
        if (passive) {
            return Speakers.Who.NONE;
        }
        Speakers.Who who = speakers.subjectBefore(p, i, ctx);
        if (who != Speakers.Who.NONE) {
            return who;
        }
        int cs = speakers.clauseStart(p, i);
        if (cs == i && i + 1 < p.size && p.isWord(i + 1) && cs > p.sentenceFirst(p.sentence[i])) {
            // inverted: '"I hate it here," said Amira'
            Speakers.Who after = speakers.classify(p, i + 1, i + 1, ctx, true);
            if (after != Speakers.Who.NONE) {
                return after;
            }
        }
        Speakers.Who subject = speakers.sentenceSubject(p, p.sentence[i], i, ctx);
        if (subject == Speakers.Who.NONE) {
            return speakers.resolve(p, i, ctx);
        }
        return subject;
    }

    private static boolean quoteFollows(Passage p, int i, int within) {
        for (int k = i + 1; k < p.size && k <= i + within; k++) {
            if (p.kind[k] == Passage.QUOTE || p.quoted[k]) {
                return true;
            }
            if (p.isPunct(k, '.') || p.isPunct(k, ';')) {
                return false;
            }
        }
        return false;
    }

    private boolean negated(Passage p, int i, RuleContext ctx) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (!p.isWord(k)) {
                return false;
            }
            String w = p.lower[k];
            if (lex.has("negations", w, ctx) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** "reported missing", "reported stolen": a report of a state, not someone's words. */
    private static boolean reportedState(Passage p, int i) {
        if (!p.lower[i].startsWith("report") || i + 1 >= p.size || !p.isWord(i + 1)) {
            return false;
        }
        return switch (p.lower[i + 1]) {
            case "missing", "stolen", "lost", "absent", "found", "seen", "broken", "damaged", "sick", "ill", "unwell",
                 "late", "injured", "hurt", "safe" -> true;
            default -> false;
        };
    }

    /** "told the teacher to 'shut up'": an instruction, not a view. */
    private static boolean instruction(Passage p, int i) {
        String w = p.lower[i];
        if (!(w.equals("told") || w.equals("tells") || w.equals("telling") || w.equals("asked") || w.equals("asks"))) {
            return false;
        }
        for (int k = i + 1; k < p.size && k <= i + 5; k++) {
            if (!p.isWord(k)) {
                return false;
            }
            String t = p.lower[k];
            switch (t) {
                case "that", "about", "how", "what", "why", "i", "he", "she", "they", "we", "it", "you", "there" -> {
                    return false;
                }
                default -> {
                }
            }
            if (t.equals("to") && k > i + 1) {
                return true;
            }
        }
        return false;
    }

    /** A reason in the text why the child's views were not obtained: token range [from, to], or null. */
    int[] notObtainedInText(Passage p, RuleContext ctx) {
        for (int i = 0; i < p.size; i++) {
            if (!p.isWord(i) || p.quoted[i]) {
                continue;
            }
            String w = p.lower[i];
            if (lex.has("cannotSpeak", w, ctx)) {
                return new int[] {speakers.clauseStart(p, i), i};
            }
            if (w.equals("too")) {
                int[] r = tooUpsetTo(p, i, ctx);
                if (r != null) {
                    return r;
                }
            }
            if (lex.has("negations", w, ctx) || w.endsWith("n't") || isBeforeICould(p, i)) {
                int[] r = notSpokenTo(p, i, ctx);
                if (r != null) {
                    return r;
                }
            }
            if (w.equals("will") || w.equals("shall")) {
                int[] r = plannedConversation(p, i, ctx);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private int[] tooUpsetTo(Passage p, int i, RuleContext ctx) {
        boolean state = false;
        for (int k = i + 1; k < p.size && k <= i + 4; k++) {
            if (!p.isWord(k)) {
                return null;
            }
            String t = p.lower[k];
            if (lex.has("tooStates", t, ctx)) {
                state = true;
            } else if (t.equals("to") && state && k + 1 < p.size && p.isWord(k + 1)
                    && lex.has("accountVerbs", p.lower[k + 1], ctx)) {
                Speakers.Who who = speakers.subjectBefore(p, i, ctx);
                if (who == Speakers.Who.ADULT || who == Speakers.Who.OTHER || who == Speakers.Who.WRITER) {
                    return null;
                }
                return new int[] {speakers.clauseStart(p, i), k + 1};
            }
        }
        return null;
    }

    private static boolean isBeforeICould(Passage p, int i) {
        return p.lower[i].equals("before") && i + 2 < p.size && p.isWord(i + 1) && p.isWord(i + 2)
                && (p.lower[i + 1].equals("i") || p.lower[i + 1].equals("we") || p.lower[i + 1].equals("staff"))
                && (p.lower[i + 2].equals("could") || p.lower[i + 2].equals("had") || p.lower[i + 2].equals("was")
                        || p.lower[i + 2].equals("were"));
    }

    private int[] notSpokenTo(Passage p, int i, RuleContext ctx) {
        for (int k = i + 1; k < p.size && k <= i + 7; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                return null;
            }
            String t = p.lower[k];
            if (Speakers.isBoundaryWord(t) && !t.equals("or")) {
                return null;
            }
            if (!lex.has("contactVerbs", t, ctx)) {
                continue;
            }
            Speakers.Who subject = speakers.subjectBefore(p, i, ctx);
            if (subject == Speakers.Who.NONE && isBeforeICould(p, i)) {
                subject = Speakers.Who.WRITER;
            }
            Speakers.Who object = objectAfter(p, k, ctx);
            int end = k;
            if (object == Speakers.Who.ADULT || object == Speakers.Who.OTHER) {
                return null;
            }
            if (object == Speakers.Who.CHILD) {
                end = Math.min(p.size - 1, objectEnd(p, k));
                return new int[] {speakers.clauseStart(p, i), end};
            }
            // no person object: the child declined to speak, or "has not been spoken to"
            boolean passive = k > 0 && (p.lower[k - 1].equals("been") || p.lower[k - 1].equals("be"))
                    && !t.endsWith("ing");
            if ((subject == Speakers.Who.CHILD) && (passive || lex.has("accountVerbs", t, ctx))) {
                return new int[] {speakers.clauseStart(p, i), k};
            }
            return null;
        }
        return null;
    }

    private int[] plannedConversation(Passage p, int i, RuleContext ctx) {
        int k = i + 1;
        if (k < p.size && p.isWord(k) && (p.lower[k].equals("then") || p.lower[k].equals("also"))) {
            k++;
        }
        if (k >= p.size || !p.isWord(k)) {
            return null;
        }
        String v = p.lower[k];
        if (!(v.equals("speak") || v.equals("talk") || v.equals("see") || v.equals("meet") || v.equals("ask"))) {
            return null;
        }
        Speakers.Who object = objectAfter(p, k, ctx);
        if (object != Speakers.Who.CHILD) {
            return null;
        }
        return new int[] {speakers.clauseStart(p, i), Math.min(p.size - 1, objectEnd(p, k))};
    }

    /** The person a contact verb at {@code k} is directed at (skipping to/with/about/or/and other verbs). */
    private Speakers.Who objectAfter(Passage p, int k, RuleContext ctx) {
        for (int j = k + 1; j < p.size && j <= k + 4; j++) {
            if (!p.isWord(j) || p.quoted[j]) {
                return Speakers.Who.NONE;
            }
            String t = p.lower[j];
            switch (t) {
                case "to", "with", "or", "and", "yet", "properly", "directly", "the", "his", "their" -> {
                    continue;
                }
                case "him", "her", "them" -> {
                    if (j + 1 < p.size && p.isWord(j + 1) && (lex.has("adults", p.bare(j + 1), ctx)
                            || lex.has("otherPupils", p.bare(j + 1), ctx))) {
                        continue;
                    }
                    return Speakers.Who.CHILD;
                }
                default -> {
                }
            }
            if (lex.has("contactVerbs", t, ctx)) {
                continue;
            }
            if (lex.has("writer", t, ctx)) {
                return Speakers.Who.WRITER;
            }
            Speakers.Who who = speakers.classify(p, j, j, ctx, false);
            return who;
        }
        return Speakers.Who.NONE;
    }

    private static int objectEnd(Passage p, int k) {
        for (int j = k + 1; j < p.size && j <= k + 4; j++) {
            if (!p.isWord(j)) {
                return j - 1;
            }
            String t = p.lower[j];
            if (!(t.equals("to") || t.equals("with") || t.equals("or") || t.equals("and"))) {
                return j;
            }
        }
        return k;
    }
}
