package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.quality.TextRule;
import org.safeguardingkit.core.text.TextSpan;

/**
 * Rule {@code rationale}: every decision needs its reason, and "no further action" most of all.
 *
 * <p>A decision is a structured {@code decisions[]} entry, or a decision written in the summary or outcome: no
 * further action in any spelling ("NFA", "N.F.A.", "no further action at this time"), "closed", "logged for info",
 * "will monitor" / "keep an eye", referrals ("referred to MASH", "EH referral to be done", "EHA to be offered"), and
 * decisions not to do something ("parents not informed", "police not contacted"). Actions and routine steps ("passed
 * to the DSL", "police informed", "detention", "no further concerns") are not decisions.
 *
 * <p>A decision has a reason when its {@code rationale} is a real reason (not a placeholder such as "n/a", "-", "as
 * above", "NFA", "DSL decision", nor only what was done: "parents informed"), or when the text links one to it
 * ("because", "as", "since", "given that", "due to", "reason:") or gives a basis right after it ("NFA - the coach
 * confirmed the injury happened at training"). Background facts before a bare "Referred to Prevent." are no reason.
 * Missing reason: ERROR for no further action, WARNING otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RationaleRule implements TextRule {

    /** The rule id. */
    public static final String ID = "rationale";

    private final Lexicon lex;
    private final Phrases nfa;
    private final Phrases closed;
    private final Phrases logged;
    private final Phrases monitor;
    private final Phrases referral;
    private final Phrases notDecisions;
    private final Phrases markers;
    private final Phrases placeholders;
    private final Phrases actionOnly;
    private final Phrases basisCues;
    private final Phrases notWho;
    private final Phrases strongCues;
    /** In {@link #FIRST_WORDS}: the word "not". */
    private static final int NOT = 64;
    /** A negation, "not" or a word ending in "n't" (which the companion marks flag, see {@link Lexicon#ENDS_NT}). */
    private static final int NEGATION = NOT | Lexicon.ENDS_NT;
    /** The lists of decision phrases, list {@code k} marked by bit {@code 1 << k} in {@link #FIRST_WORDS}. */
    private static final String[] DECISION_LISTS = {"nfa", "closed", "logged", "monitor", "referral", "notDecisions"};
    /** Indexes of the lists in {@link #DECISION_LISTS}, {@link #DECISIONS} and each row of {@link #STARTING}. */
    private static final int NFA = 0;
    private static final int CLOSED = 1;
    private static final int LOGGED = 2;
    private static final int MONITOR = 3;
    private static final int REFERRAL = 4;
    private static final int NOT_DECISIONS = 5;
    /**
     * In a {@link #FIRST_WORDS} value: the first bit of the word's row of {@link #STARTING}, above the bits of the
     * lists and {@link #NOT}.
     */
    private static final int ROW_SHIFT = 7;
    /** The shipped lexicon, read once (immutable). */
    private static final Lexicon LEXICON = Lexicon.load(ID);
    /** The phrases of the {@link #DECISION_LISTS}, in that order (immutable, shared by every instance). */
    private static final Phrases[] DECISIONS = decisionPhrases(LEXICON);
    /**
     * Per first word of a decision phrase (row 0: any other word), per list of {@link #DECISION_LISTS}, the phrases of
     * the list that start with it ({@link Phrases#startingWith}), longest first, or null: a word's companion value
     * says its row, so a decision is matched without looking its first word up again in each list.
     */
    private static final String[][][][] STARTING;
    /**
     * First word of any decision phrase to the bits of the phrase sets it may start, and "not", and its row of
     * {@link #STARTING} from bit {@link #ROW_SHIFT} up. These are the companion words of the child-voice lexicon
     * ({@link ChildVoiceRule#LEXICON}), so they are looked up with its marks, in the same pass over a passage: see
     * {@link Lexicon#companionWords}.
     */
    static final java.util.Map<String, Integer> FIRST_WORDS;

    static {
        java.util.Map<String, Integer> bits = firstWords();
        java.util.List<String> words = new java.util.ArrayList<>(new java.util.TreeSet<>(bits.keySet()));
        String[][][][] starting = new String[words.size() + 1][][][];
        starting[0] = new String[DECISIONS.length][][];
        java.util.Map<String, Integer> fw = new java.util.HashMap<>();
        for (int r = 1; r <= words.size(); r++) {
            String w = words.get(r - 1);
            starting[r] = new String[DECISIONS.length][][];
            for (int k = 0; k < DECISIONS.length; k++) {
                starting[r][k] = DECISIONS[k].startingWith(w);
            }
            fw.put(w, bits.get(w) | r << ROW_SHIFT);
        }
        STARTING = starting;
        FIRST_WORDS = java.util.Map.copyOf(fw);
    }

    /** Creates the rule with its shipped lexicon. */
    public RationaleRule() {
        this.lex = LEXICON;
        this.nfa = DECISIONS[NFA];
        this.closed = DECISIONS[CLOSED];
        this.logged = DECISIONS[LOGGED];
        this.monitor = DECISIONS[MONITOR];
        this.referral = DECISIONS[REFERRAL];
        this.notDecisions = DECISIONS[NOT_DECISIONS];
        this.markers = Phrases.of(lex.list("markers"));
        this.placeholders = Phrases.of(lex.list("placeholders"));
        this.actionOnly = Phrases.of(lex.list("actionOnly"));
        this.basisCues = Phrases.of(lex.list("basisCues"));
        this.notWho = Phrases.of(lex.list("notWho"));
        this.strongCues = Phrases.of(lex.list("strongCues"));
    }

    private static Phrases[] decisionPhrases(Lexicon lex) {
        Phrases[] all = new Phrases[DECISION_LISTS.length];
        for (int k = 0; k < all.length; k++) {
            all[k] = Phrases.of(lex.list(DECISION_LISTS[k]));
        }
        return all;
    }

    /** First word of any decision phrase to the bits of the phrase sets it may start, and "not". */
    private static java.util.Map<String, Integer> firstWords() {
        java.util.Map<String, Integer> fw = new java.util.HashMap<>();
        for (int k = 0; k < DECISIONS.length; k++) {
            DECISIONS[k].markFirstWords(fw, 1 << k);
        }
        fw.merge("not", NOT, (a, b) -> a | b);
        return fw;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** Kinds of decision found in text. */
    enum Kind { NFA, CLOSED, LOGGED, MONITOR, REFERRAL, NOT_DOING }

    /** A decision in text: token range and kind. */
    record TextDecision(int from, int to, Kind kind) { }

    @Override
    public List<Finding> check(Concern concern, RuleContext context) {
        List<Finding> out = new ArrayList<>();
        boolean structuredReason = false;
        for (int i = 0; i < concern.decisions().size(); i++) {
            Decision d = concern.decisions().get(i);
            Severity sev = d.outcome() == DecisionOutcome.NO_FURTHER_ACTION ? Severity.ERROR : Severity.WARNING;
            Optional<String> rationale = d.rationale();
            if (rationale.isEmpty() || rationale.get().isBlank()) {
                out.add(Finding.onField(ID, sev, "decisions/" + i + "/rationale",
                        "The decision '" + outcomeLabel(d.outcome()) + "' has no rationale.", suggestion(d.outcome() == DecisionOutcome.NO_FURTHER_ACTION)));
            } else if (isPlaceholder(rationale.get(), context)) {
                out.add(Finding.at(ID, sev, "decisions/" + i + "/rationale", trimmedSpan(rationale.get()),
                        "'" + rationale.get().strip() + "' is a placeholder, not a reason for the decision '"
                                + outcomeLabel(d.outcome()) + "'.",
                        suggestion(d.outcome() == DecisionOutcome.NO_FURTHER_ACTION)));
            } else if (isActionOnly(rationale.get(), context)) {
                out.add(Finding.at(ID, sev, "decisions/" + i + "/rationale", trimmedSpan(rationale.get()),
                        "'" + rationale.get().strip() + "' says what was done, not why the decision '"
                                + outcomeLabel(d.outcome()) + "' was made.",
                        suggestion(d.outcome() == DecisionOutcome.NO_FURTHER_ACTION)));
            } else {
                structuredReason = true;
            }
        }
        if (!structuredReason) {
            out.addAll(checkText(concern.summary(), "summary", context));
            if (concern.outcome().isPresent() && !concern.outcome().get().isBlank()) {
                out.addAll(checkText(concern.outcome().get(), "outcome", context));
            }
        }
        return out;
    }

    @Override
    public List<Finding> checkText(String text, String field, RuleContext context) {
        if (text.isEmpty()) {
            return List.of();
        }
        Passage p = Passage.of(text, context);
        List<TextDecision> decisions = decisions(p, context);
        if (decisions.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(2);
        for (TextDecision d : decisions) {
            if (!hasReason(p, d, context)) {
                boolean isNfa = d.kind() == Kind.NFA;
                TextSpan span = TextSpan.of(text, p.start[d.from()], p.end[d.to() - 1]);
                out.add(Finding.at(ID, isNfa ? Severity.ERROR : Severity.WARNING, field, span,
                        "'" + span.text() + "' is a decision with no reason given.", suggestion(isNfa)));
            }
        }
        return out;
    }

    /** Decisions written in the text, in order. */
    List<TextDecision> decisions(Passage p, RuleContext ctx) {
        boolean extras = false;
        if (ctx.hasLexicon(ID)) {
            for (String list : DECISION_LISTS) {
                extras |= !ctx.lexicon(ID, list).isEmpty();
            }
        }
        List<TextDecision> out = null;
        // without extra phrases only the few words that may start a decision are read: the words with companion bits
        int[] candidates = extras ? null : ChildVoiceRule.LEXICON.companionWords(p);
        int c = 0;
        int i = 0;
        while (true) {
            int first;
            if (candidates == null) {
                if (i >= p.size) {
                    break;
                }
                if (!p.isWord(i) || p.quoted[i]) {
                    i++;
                    continue;
                }
                first = ChildVoiceRule.LEXICON.companionBits(p, i);
            } else {
                while (c < candidates[0] && candidates[1 + 2 * c] < i) {
                    c++; // within a decision or a skipped phrase already read
                }
                if (c == candidates[0]) {
                    break;
                }
                i = candidates[1 + 2 * c];
                first = candidates[2 + 2 * c];
                c++;
                if (p.quoted[i]) {
                    i++;
                    continue;
                }
            }
            boolean negation = (first & NEGATION) != 0;
            // the phrases of each list starting with the word (a list's bit is set where its row has some)
            String[][][] row = STARTING[(first & ~Lexicon.ENDS_NT) >>> ROW_SHIFT];
            int skip = Phrases.match(p, i, row[NOT_DECISIONS]);
            if (skip > 0) {
                i += skip;
                continue;
            }
            int n;
            int[] range;
            TextDecision found = null;
            if ((n = extra(p, i, ctx, "nfa", row[NFA], extras)) > 0) {
                found = new TextDecision(i, i + n, Kind.NFA);
            } else if ((n = extra(p, i, ctx, "logged", row[LOGGED], extras)) > 0) {
                found = new TextDecision(i, i + n, Kind.LOGGED);
            } else if ((n = extra(p, i, ctx, "referral", row[REFERRAL], extras)) > 0) {
                if (!namingSomeone(p, i, n)) {
                    found = new TextDecision(i, i + n, Kind.REFERRAL);
                }
            } else if ((n = extra(p, i, ctx, "monitor", row[MONITOR], extras)) > 0) {
                if (!monitorDevice(p, i, n)) {
                    found = new TextDecision(i, i + n, Kind.MONITOR);
                }
            } else if ((n = extra(p, i, ctx, "closed", row[CLOSED], extras)) > 0 && closingPosition(p, i)) {
                found = new TextDecision(i, i + n, Kind.CLOSED);
            } else if (negation && (range = notDoing(p, i, ctx)) != null) {
                found = new TextDecision(range[0], range[1], Kind.NOT_DOING);
                n = range[1] - i;
            } else {
                n = 1;
            }
            if (found != null) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(found);
            }
            i += n;
        }
        return out == null ? List.of() : out;
    }

    /**
     * The length of the decision phrase of {@code list} at word {@code i}: of its shipped phrases starting with the
     * word ({@code shipped}, from {@link #STARTING}, or null), and the context's extra phrases.
     */
    private int extra(Passage p, int i, RuleContext ctx, String list, String[][] shipped, boolean extras) {
        int n = Phrases.match(p, i, shipped);
        if (extras) {
            List<String> more = ctx.lexicon(ID, list);
            if (!more.isEmpty()) {
                n = Math.max(n, ctx.derived(list, ExtraPhrases.class, l -> new ExtraPhrases(Phrases.of(more))).phrases()
                        .match(p, i));
            }
        }
        return n;
    }

    /** A rule set's extra phrases for one list, built once per check. */
    private record ExtraPhrases(Phrases phrases) { }

    /** "he referred to the other boy as ...": naming a person, not a referral. */
    private static boolean namingSomeone(Passage p, int i, int n) {
        if (!p.key(i).startsWith("referr")) {
            return false;
        }
        boolean person = false;
        for (int k = i + n; k < p.size && k <= i + n + 4; k++) {
            if (!p.isWord(k)) {
                return false;
            }
            switch (p.key(k)) {
                case "boy", "girl", "boys", "girls", "child", "children", "pupil", "pupils", "student", "students",
                     "friend", "friends", "brother", "sister", "him", "them", "himself", "herself", "teacher", "man",
                     "woman", "people", "someone", "everyone", "lad", "lads" -> person = true;
                case "as" -> {
                    return person;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "Closed." / "closed as ..." / "Concern closed": closing the record, not a closed door. */
    private static boolean closingPosition(Passage p, int i) {
        int prev = i - 1;
        if (prev < 0 || p.sentence[prev] != p.sentence[i] || !p.isWord(prev)) {
            return true;
        }
        String w = p.key(prev);
        switch (w) {
            case "case", "concern", "incident", "record", "matter", "now", "log", "issue", "and", "then",
                 "therefore", "so", "thus" -> {
                return true;
            }
            case "was", "been", "is", "be", "being" -> {
                int pp = prev - 1;
                if (w.equals("be") && pp >= 0 && p.isWord(pp) && p.key(pp).equals("to")) {
                    return true; // "to be closed"
                }
                if (pp >= 0 && p.isWord(pp) && (p.key(pp).equals("has") || p.key(pp).equals("have") || p.key(pp).equals("will"))) {
                    pp--;
                }
                return pp >= 0 && p.isWord(pp) && switch (p.key(pp)) {
                    case "case", "concern", "incident", "record", "matter", "log", "issue", "this", "it" -> true;
                    default -> false;
                };
            }
            default -> {
                return Speakers.isBoundaryWord(w);
            }
        }
    }

    /** "parents not informed", "police were not contacted", "did not inform parents": token range, or null. */
    private int[] notDoing(Passage p, int i, RuleContext ctx) {
        String w = p.key(i);
        if (!(w.equals("not") || w.endsWith("n't"))) {
            return null;
        }
        int v = i + 1;
        while (v < p.size && v <= i + 2 && p.isWord(v) && (p.key(v).equals("be") || p.key(v).equals("been")
                || p.key(v).equals("yet") || p.key(v).equals("to"))) {
            v++;
        }
        if (v >= p.size || !p.isWord(v) || !lex.has("notVerbs", p.key(v), ctx)) {
            return null;
        }
        // "could not be contacted", "unable to": a failed attempt, not a decision
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            if (p.isWord(k) && (p.key(k).equals("could") || p.key(k).equals("can") || p.key(k).equals("unable"))) {
                return null;
            }
        }
        if (w.equals("couldn't") || w.equals("can't")) {
            return null;
        }
        // "she asked me not to tell her mum": someone's request, not the school's decision
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (p.isWord(k) && (p.key(k).equals("asked") || p.key(k).equals("begged") || p.key(k).equals("pleaded")
                    || p.key(k).equals("wants") || p.key(k).equals("wanted"))) {
                return null;
            }
        }
        // who: before ("parents not informed", "police were not contacted") or after ("did not inform parents")
        int start = i;
        boolean who = false;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (!p.isWord(k)) {
                break;
            }
            if (notWho.match(p, k) > 0) {
                who = true;
                start = k;
                break;
            }
        }
        int end = v + 1;
        if (!who) {
            for (int k = v + 1; k < p.size && k <= v + 3; k++) {
                if (!p.isWord(k)) {
                    break;
                }
                int m = notWho.match(p, k);
                if (m > 0) {
                    who = true;
                    end = k + m;
                    break;
                }
            }
        }
        if (!who) {
            return null;
        }
        return new int[] {start, end};
    }

    /** Whether the decision at {@code d} has a reason linked to it. */
    boolean hasReason(Passage p, TextDecision d, RuleContext ctx) {
        int s = p.sentence[d.from()];
        int sentFirst = p.sentenceFirst(s);
        int sentEnd = p.sentenceEnd(s);
        // 1a. "NFA by school; the police are already investigating": a short attribution, then the basis
        if (attributedBasis(p, d.to(), sentEnd, ctx)) {
            return true;
        }
        // 1. a marker after the decision in the same sentence
        // 1. a marker after the decision in the same sentence, or a basis clause after its first
        //    punctuation ("NFA - the coach confirmed ...", "Referral made to CAMHS; her GP advised ...")
        boolean clauseSeen = false;
        for (int k = d.to(); k < sentEnd; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                if (!clauseSeen && k - d.to() <= 6 && isBasisPunct(p, k)) {
                    clauseSeen = true;
                    if (basisClause(p, k + 1, sentEnd, ctx)) {
                        return true;
                    }
                }
                continue;
            }
            if (isMarker(p, k, ctx)) {
                return true;
            }
            // a later decision in the same sentence starts its own reason search, unless it restates this one
            // ("Logged on the behaviour log only, as ...", "Closed with no further action because ...")
            if (k > d.to() && startsDecision(p, k, ctx) && !restates(d, p, k)) {
                break;
            }
        }
        // 2. a marker before the decision in the same sentence ("As ..., NFA", "Given ..., referred"),
        //    or "..., so no further action" after a reason
        int before = d.from() - 1;
        if (before >= sentFirst && p.isPunct(before, ',')) {
            before--;
        }
        if (before > sentFirst && p.isWord(before) && p.key(before).equals("so")) {
            return true;
        }
        for (int k = sentFirst; k < d.from(); k++) {
            if (p.isWord(k) && !p.quoted[k] && (isMarker(p, k, ctx) || strongCues.match(p, k) > 0)) {
                return true;
            }
        }
        // 3. the next sentence gives the basis explicitly
        return nextSentenceIsBasis(p, s, ctx);
    }

    /**
     * Up to four words saying who or when ("by school", "from us at this stage", "for now") and then ";", ":" or a
     * dash followed by a basis clause.
     */
    private boolean attributedBasis(Passage p, int from, int sentEnd, RuleContext ctx) {
        int q = from;
        int words = 0;
        while (q < sentEnd && p.isWord(q) && !p.quoted[q] && words < 4) {
            if (isMarker(p, q, ctx) || startsDecision(p, q, ctx)) {
                return false;
            }
            q++;
            words++;
        }
        if (words == 0 || q >= sentEnd || !isBasisPunct(p, q)) {
            return false;
        }
        char c = p.text.charAt(p.start[q]);
        return c != ',' && c != '(' && basisClause(p, q + 1, sentEnd, ctx);
    }

    /** Whether the decision starting at {@code k} says again what {@code d} decided (logged ... log only; closed ... NFA). */
    private boolean restates(TextDecision d, Passage p, int k) {
        if (d.kind() == Kind.LOGGED) {
            return logged.match(p, k) > 0;
        }
        return (d.kind() == Kind.CLOSED || d.kind() == Kind.NFA) && (nfa.match(p, k) > 0 || closed.match(p, k) > 0);
    }

    private boolean startsDecision(Passage p, int k, RuleContext ctx) {
        return nfa.match(p, k) > 0 || referral.match(p, k) > 0 || logged.match(p, k) > 0 || monitor.match(p, k) > 0;
    }

    private static boolean isBasisPunct(Passage p, int k) {
        if (k >= p.size || p.kind[k] != Passage.PUNCT) {
            return false;
        }
        char c = p.text.charAt(p.start[k]);
        return c == '-' || c == ':' || c == ';' || c == '\u2013' || c == '\u2014' || c == ',' || c == '(';
    }

    /** A clause after "NFA -" / "NFA:" / "NFA;" that explains, rather than only says what was done. */
    private boolean basisClause(Passage p, int from, int to, RuleContext ctx) {
        int words = 0;
        boolean cue = false;
        boolean action = false;
        boolean placeholder = false;
        for (int k = from; k < to; k++) {
            if (!p.isWord(k)) {
                continue;
            }
            if (words == 0 && placeholders.match(p, k) > 0 && placeholderToEnd(p, k, to)) {
                placeholder = true;
            }
            words++;
            if (isMarker(p, k, ctx) || basisCues.match(p, k) > 0 || lex.has("basisCues", p.key(k), ctx)) {
                cue = true;
            }
            if (actionOnly.match(p, k) > 0) {
                action = true;
            }
        }
        if (placeholder || words == 0) {
            return false;
        }
        if (cue) {
            return true;
        }
        return !action && words >= 4;
    }

    private boolean placeholderToEnd(Passage p, int k, int to) {
        int n = placeholders.match(p, k);
        for (int j = k + n; j < to; j++) {
            if (p.isWord(j)) {
                return false;
            }
        }
        return true;
    }

    private boolean nextSentenceIsBasis(Passage p, int s, RuleContext ctx) {
        if (s + 1 >= p.sentences) {
            return false;
        }
        int from = p.sentenceFirst(s + 1);
        int to = p.sentenceEnd(s + 1);
        for (int k = from; k < to; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                continue;
            }
            if (k == from || k == from + 1) {
                String w = p.key(k);
                if (w.equals("reason") || w.equals("rationale") || w.equals("because") || w.equals("this")
                        && k + 2 < to && (p.key(k + 1).equals("is") || p.key(k + 1).equals("was"))
                        && (p.key(k + 2).equals("because") || p.key(k + 2).equals("due"))) {
                    return true;
                }
            }
            if (basisCues.match(p, k) > 0 && !"advised".equals(p.key(k)) && !"advice".equals(p.key(k))
                    || isMarker(p, k, ctx) && !p.key(k).equals("as") && !p.key(k).equals("following")) {
                // the next sentence must not itself be another bare decision
                return !startsDecision(p, from, ctx);
            }
        }
        return false;
    }

    /** What a decision can follow from, so that "following" them gives its reason. */
    private static final java.util.Set<String> EVIDENCE = java.util.Set.of(
            "disclosure", "disclosures", "comments", "comment", "remarks", "allegation", "allegations", "concerns",
            "injury", "injuries", "mark", "marks", "bruise", "bruises", "bruising", "video", "videos", "messages",
            "images", "photos", "screenshots", "evidence", "threats", "findings", "statement", "statements", "account");

    /** Words naming what a monitor measures: "blood glucose monitor", "heart monitor". */
    private static final java.util.Set<String> MONITORED = java.util.Set.of(
            "glucose", "sugar", "blood", "heart", "rate", "baby", "oxygen", "sats", "pressure", "ecg", "cgm", "libre",
            "insulin", "temperature", "hall", "corridor", "playground", "lunchtime", "break", "attendance");

    /**
     * "Blood glucose monitor read 3.4", "the monitor showed", "a hall monitor": the word names a device or a role, not a
     * decision to monitor.
     */
    private static boolean monitorDevice(Passage p, int i, int n) {
        if (n != 1 || !p.key(i).equals("monitor") && !p.key(i).equals("monitors")) {
            return false;
        }
        if (i > 0 && p.isWord(i - 1)) {
            String before = p.key(i - 1);
            if (MONITORED.contains(before) || before.equals("the") || before.equals("a") || before.equals("his")
                    || before.equals("her") || before.equals("their")) {
                return true;
            }
        }
        if (i + 1 < p.size && p.isWord(i + 1)) {
            String after = p.key(i + 1);
            return after.equals("read") || after.equals("reads") || after.equals("reading") || after.equals("showed")
                    || after.equals("shows") || after.equals("alarmed") || after.equals("beeped");
        }
        return false;
    }

    private boolean isMarker(Passage p, int k, RuleContext ctx) {
        String w = p.key(k);
        if (w.equals("as")) {
            if (k + 1 >= p.size || !p.isWord(k + 1)) {
                return false;
            }
            if (lex.has("notAfterAs", p.key(k + 1), ctx)) {
                return false;
            }
            // "such as", "as well as", "as soon as"
            return !(k > 0 && p.isWord(k - 1) && (p.key(k - 1).equals("such") || p.key(k - 1).equals("well")
                    || p.key(k - 1).equals("soon") || p.key(k - 1).equals("same")));
        }
        if (w.equals("given")) {
            // "given that", "given the ...", "given her age"; not "given a detention" / "given C3"
            if (k + 1 >= p.size || !p.isWord(k + 1)) {
                return false;
            }
            String n = p.key(k + 1);
            return n.equals("that") || n.equals("the") || n.equals("his") || n.equals("her") || n.equals("their")
                    || n.equals("how") || n.equals("this") || n.equals("these");
        }
        if (w.equals("following")) {
            if (k + 1 < p.size && p.isWord(k + 1) && (p.key(k + 1).equals("advice") || p.key(k + 1).equals("guidance")
                    || p.key(k + 1).equals("discussion") || p.key(k + 1).equals("consultation"))) {
                return true;
            }
            // "following Amira's disclosure and the visible mark", "following these comments": the evidence that led to
            // the decision; "following the meeting" is only a time
            for (int j = k + 1; j < p.size && j <= k + 4 && p.isWord(j); j++) {
                if (EVIDENCE.contains(p.key(j))) {
                    return true;
                }
            }
            return false;
        }
        if (w.equals("since")) {
            // "since Monday", "since the start of term", "since 12/01": time, not a reason
            if (k + 1 >= p.size || !p.isWord(k + 1)) {
                return false;
            }
            String n = p.key(k + 1);
            if (Character.isDigit(n.charAt(0))) {
                return false;
            }
            return switch (n) {
                case "then", "last", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "christmas", "easter", "half", "september's", "year", "reception",
                     "nursery", "early", "before", "term", "lunch", "break", "registration", "morning", "birth",
                     "starting", "joining", "arriving", "moving", "returning" -> false;
                case "the" -> !(k + 2 < p.size && p.isWord(k + 2) && switch (p.key(k + 2)) {
                    case "start", "beginning", "end", "weekend", "holidays", "holiday", "summer", "incident", "autumn",
                         "spring", "last", "first", "morning", "age" -> true;
                    default -> false;
                });
                default -> true;
            };
        }
        if (w.equals("reason") || w.equals("rationale") || w.equals("basis")) {
            return k + 1 < p.size && (p.isPunct(k + 1, ':') || p.isWord(k + 1) && (p.key(k + 1).equals("being")
                    || p.key(k + 1).equals("is") || p.key(k + 1).equals("was") || p.key(k + 1).equals("for")));
        }
        return markers.match(p, k) > 0 || lex.has("markers", w, ctx);
    }

    boolean isPlaceholder(String rationale, RuleContext ctx) {
        String r = rationale.strip();
        if (r.isEmpty() || placeholders.isWhole(r)) {
            return true;
        }
        if (ctx.hasLexicon(ID)) {
            for (String extraEntry : ctx.lexicon(ID, "placeholders")) {
                if (extraEntry.equalsIgnoreCase(r)) {
                    return true;
                }
            }
        }
        boolean anyLetter = false;
        for (int i = 0; i < r.length() && !anyLetter; i++) {
            anyLetter = Character.isLetter(r.charAt(i));
        }
        return !anyLetter;
    }

    /** A short rationale that only says what was done ("Kai's parents informed"). */
    boolean isActionOnly(String rationale, RuleContext ctx) {
        // the passage shared with the other rules reading this field (only words are read here, never quotes)
        Passage p = Passage.of(rationale, ctx);
        int words = 0;
        for (int k = 0; k < p.size; k++) {
            if (p.isWord(k)) {
                words++;
            }
        }
        if (words > 8) {
            return false; // too long to be only an action, whatever its words say: none need be looked up
        }
        boolean action = false;
        for (int k = 0; k < p.size; k++) {
            if (!p.isWord(k)) {
                continue;
            }
            if (isMarker(p, k, ctx) || basisCues.match(p, k) > 0) {
                return false;
            }
            if (actionOnly.match(p, k) > 0) {
                action = true;
            }
        }
        return action;
    }

    private static TextSpan trimmedSpan(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return TextSpan.of(text, 0, text.length());
        }
        return TextSpan.of(text, s, e);
    }

    private static String outcomeLabel(DecisionOutcome o) {
        return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String suggestion(boolean nfa) {
        return nfa
                ? "Say why no further action is needed: what was checked and what it showed (e.g. \"NFA because the "
                        + "bruise is explained by football training, confirmed by the coach\")."
                : "Give the reason for the decision, linked to it (\"because ...\") or in the decision's rationale.";
    }
}
