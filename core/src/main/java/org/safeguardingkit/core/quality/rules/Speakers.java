package org.safeguardingkit.core.quality.rules;

import org.safeguardingkit.core.quality.RuleContext;

/**
 * Internal: finds who is speaking in a {@link Passage}, using the child-voice lexicon: the writer ("I", "we"), an
 * adult ("Mum", "Mr Hill", "the PCSO"), another pupil ("her friend", "Ravi (p-764)", "a Year 11 pupil") or the
 * child ("Amira", "she", "the girls involved"). Third-person pronouns are resolved to the nearest earlier person in
 * the sentence, else to the subject of an earlier sentence.
 *
 * <p>Immutable and thread-safe.
 */
final class Speakers {

    enum Who { CHILD, ADULT, OTHER, WRITER, NONE }

    private final Lexicon lex;
    final int inPronouns;
    final int inAdults;
    final int inOtherPupils;
    final int inWriter;
    final int inTitles;
    final int inChildren;
    final int inOtherDeterminers;
    final int inNotNames;
    final int inSpeechVerbs;
    final int inContactVerbs;
    final int inSkip;
    final int inNegations;
    final int inCannotSpeak;
    final int inTooStates;
    final int inAccountVerbs;
    final int inMale;
    final int inFemale;
    final int inPlural;
    private final int notName;

    Speakers(Lexicon lex) {
        this.lex = lex;
        this.inPronouns = lex.bit("pronouns");
        this.inAdults = lex.bit("adults");
        this.inOtherPupils = lex.bit("otherPupils");
        this.inWriter = lex.bit("writer");
        this.inTitles = lex.bit("titles");
        this.inChildren = lex.bit("children");
        this.inOtherDeterminers = lex.bit("otherDeterminers");
        this.inNotNames = lex.bit("notNames");
        this.inSpeechVerbs = lex.bit("speechVerbs");
        this.inContactVerbs = lex.bit("contactVerbs");
        this.inSkip = lex.bit("skip");
        this.inNegations = lex.bit("negations");
        this.inCannotSpeak = lex.bit("cannotSpeak");
        this.inTooStates = lex.bit("tooStates");
        this.inAccountVerbs = lex.bit("accountVerbs");
        this.inMale = lex.bit("male");
        this.inFemale = lex.bit("female");
        this.inPlural = lex.bit("plural");
        this.notName = inNotNames | inTitles | inSpeechVerbs | inContactVerbs | inSkip;
    }

    /** Whether token {@code j} is in list {@code list} (one array read after the passage's marks are computed). */
    boolean is(Passage p, int j, int bit, RuleContext ctx) {
        return (lex.marks(p, ctx)[j] & bit) != 0;
    }

    static boolean isBoundaryWord(String w) {
        return switch (w) {
            case "and", "but", "that", "when", "then", "so", "because", "as", "while", "after", "before", "who",
                 "which", "where", "whereas", "until", "once", "if", "although", "though", "since", "whilst", "or" -> true;
            default -> false;
        };
    }

    boolean isBoundary(Passage p, int j) {
        if (p.kind[j] == Passage.QUOTE) {
            return true;
        }
        if (p.kind[j] == Passage.PUNCT) {
            char c = p.text.charAt(p.start[j]);
            return c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '.'
                    || c == '!' || c == '?' || c == '(' || c == ')';
        }
        return isBoundaryWord(p.lower[j]);
    }

    /** The first token of the clause that ends just before {@code i} (skipping parenthesised text). */
    int clauseStart(Passage p, int i) {
        int first = p.sentenceFirst(p.sentence[Math.min(i, p.size - 1)]);
        int j = i - 1;
        while (j >= first) {
            if (p.isPunct(j, ')')) {
                int k = j - 1;
                while (k >= first && !p.isPunct(k, '(')) {
                    k--;
                }
                if (k < first) {
                    return j + 1;
                }
                j = k - 1;
                continue;
            }
            if (isBoundary(p, j)) {
                return j + 1;
            }
            j--;
        }
        return first;
    }

    /** Who is the subject of the clause ending before {@code i}; NONE if the clause names nobody. */
    Who subjectBefore(Passage p, int i, RuleContext ctx) {
        int from = clauseStart(p, i);
        for (int j = i - 1; j >= from; j--) {
            if (p.isPunct(j, ')')) {
                while (j > from && !p.isPunct(j, '(')) {
                    j--;
                }
                continue;
            }
            if (!p.isWord(j) || p.quoted[j]) {
                continue;
            }
            if (p.isPossessive(j) && j + 1 < i && p.isWord(j + 1)) {
                continue; // "a girl in Kyle's form said": the possessive names the form, not the speaker
            }
            Who w = classify(p, j, from, ctx, true);
            if (w != Who.NONE) {
                return w;
            }
        }
        return Who.NONE;
    }

    /**
     * The subject shared with an earlier clause when the clause starting at {@code cs} has none of its own: "Liam had a
     * bruise and told us ...", "she came in, sat down and said ..." (the first person named in the clause before
     * "and" / "but" / "then" / ","), or "Amira, who said ..." (the person right before "who"). NONE otherwise.
     */
    Who sharedSubject(Passage p, int cs, RuleContext ctx) {
        return sharedSubject(p, cs, ctx, false);
    }

    /**
     * As {@link #sharedSubject(Passage, int, RuleContext)}; with {@code notWriter} the writer cannot be the subject
     * ("Mason was hostile when I asked him and told me to back off": whoever told me is not me), so a writer's
     * subordinate clause ("when I asked ...") is stepped over to the main clause before it.
     */
    Who sharedSubject(Passage p, int cs, RuleContext ctx, boolean notWriter) {
        int first = p.sentenceFirst(p.sentence[Math.min(cs, p.size - 1)]);
        int b = cs - 1;
        for (int hop = 0; hop < 4 && b > first; hop++) {
            String w = p.isWord(b) ? p.lower[b] : "";
            if (w.equals("who")) {
                for (int k = b - 1; k >= first && k >= b - 3; k--) {
                    if (p.isWord(k) && !p.quoted[k]) {
                        return classify(p, k, first, ctx, true);
                    }
                }
                return Who.NONE;
            }
            boolean coordinating = w.equals("and") || w.equals("but") || w.equals("then") || w.equals("or")
                    || p.isPunct(b, ',');
            boolean stepOver = notWriter && hop > 0 && isWriterSubordinator(w);
            if (!coordinating && !stepOver) {
                return Who.NONE;
            }
            int from = clauseStart(p, b);
            boolean words = false;
            for (int k = from; k < b; k++) {
                if (p.isPunct(k, '(')) {
                    while (k < b && !p.isPunct(k, ')')) {
                        k++;
                    }
                    continue;
                }
                if (!p.isWord(k) || p.quoted[k]) {
                    continue;
                }
                words = true;
                if (p.isPossessive(k) && k + 1 < b && p.isWord(k + 1)
                        && (is(p, k + 1, inAdults, ctx) || is(p, k + 1, inOtherPupils, ctx))) {
                    continue;
                }
                Who who = classify(p, k, from, ctx, true);
                if (who == Who.WRITER && notWriter) {
                    break; // look before the writer's clause
                }
                if (who != Who.NONE) {
                    return who;
                }
            }
            if (words && !coordinatingBefore(p, from, first)
                    && !(notWriter && from - 1 > first && p.isWord(from - 1) && isWriterSubordinator(p.lower[from - 1]))) {
                return Who.NONE;
            }
            b = from - 1;
        }
        return Who.NONE;
    }

    /** The first person named in tokens [from, to) (skipping parentheses, quotes and possessives before a noun). */
    Who clauseSubject(Passage p, int from, int to, RuleContext ctx) {
        for (int k = from; k < to; k++) {
            if (p.isPunct(k, '(')) {
                while (k < to && !p.isPunct(k, ')')) {
                    k++;
                }
                continue;
            }
            if (!p.isWord(k) || p.quoted[k]) {
                continue;
            }
            if (p.isPossessive(k) && k + 1 < to && p.isWord(k + 1)) {
                continue;
            }
            Who who = classify(p, k, from, ctx, true);
            if (who != Who.NONE) {
                return who;
            }
        }
        return Who.NONE;
    }

    private static boolean isWriterSubordinator(String w) {
        return switch (w) {
            case "when", "as", "while", "whilst", "after", "before", "once", "because" -> true;
            default -> false;
        };
    }

    private static boolean coordinatingBefore(Passage p, int from, int first) {
        int b = from - 1;
        if (b <= first) {
            return false;
        }
        if (p.isPunct(b, ',')) {
            return true;
        }
        if (!p.isWord(b)) {
            return false;
        }
        String w = p.lower[b];
        return w.equals("and") || w.equals("but") || w.equals("then") || w.equals("or");
    }

    /** The subject of sentence {@code s}: the first person it names, scanning forward (up to {@code limit}). */
    Who sentenceSubject(Passage p, int s, int limit, RuleContext ctx) {
        int from = p.sentenceFirst(s);
        int to = Math.min(limit, p.sentenceEnd(s));
        for (int j = from; j < to; j++) {
            if (!p.isWord(j) || p.quoted[j]) {
                continue;
            }
            String w = p.lower[j];
            if (is(p, j, inPronouns, ctx) && !(w.equals("he") || w.equals("she") || w.equals("they"))) {
                continue;
            }
            if (p.isPossessive(j) && j + 1 < to && p.isWord(j + 1)) {
                String next = p.bare(j + 1);
                if (is(p, j + 1, inAdults, ctx)) {
                    return Who.ADULT;
                }
                if (is(p, j + 1, inOtherPupils, ctx)) {
                    return Who.OTHER;
                }
            }
            Who who = classify(p, j, from, ctx, false);
            if (who != Who.NONE) {
                return who;
            }
        }
        return Who.NONE;
    }

    /** Classifies the word at {@code j}; pronouns are resolved. */
    Who classify(Passage p, int j, int clauseFrom, RuleContext ctx, boolean resolvePronouns) {
        String w = p.lower[j];
        int marks = lex.marks(p, ctx)[j]; // the token's lists, read once for the tests below
        if ((marks & inWriter) != 0) {
            return Who.WRITER;
        }
        if (w.equals("he") || w.equals("she") || w.equals("they")) {
            return resolvePronouns ? resolve(p, j, ctx) : Who.CHILD;
        }
        if ((marks & inPronouns) != 0 || w.equals("his") || w.equals("their") || w.equals("my") || w.equals("our")) {
            return Who.NONE;
        }
        if ((marks & inAdults) != 0 && !bodyPart(p, j) && !place(p, j)) {
            return Who.ADULT;
        }
        if ((marks & inTitles) != 0 && (j + 1 < p.size && p.isWord(j + 1) && p.capital[j + 1]
                || w.equals("miss") || w.equals("sir") || w.equals("mr") || w.equals("mrs") || w.equals("ms"))) {
            return Who.ADULT; // "Mr Hill", and children's "Miss said ..."
        }
        if ((marks & inOtherPupils) != 0) {
            return Who.OTHER;
        }
        if (isName(p, j, ctx)) {
            if (j > 0 && p.isWord(j - 1) && is(p, j - 1, inTitles, ctx)) {
                return Who.ADULT;
            }
            if (j > 1 && p.isWord(j - 2) && is(p, j - 2, inTitles, ctx) && p.capital[j - 1]) {
                return Who.ADULT;
            }
            if (isOtherPupilName(p, p.bare(j))) {
                return Who.OTHER;
            }
            if (namedByRelation(p, j, ctx)) {
                return Who.OTHER;
            }
            return Who.CHILD;
        }
        if (is(p, j, inChildren, ctx)) {
            if (peersOf(p, j)) {
                return Who.OTHER;
            }
            for (int k = clauseFrom; k < j; k++) {
                if (p.isWord(k) && is(p, k, inOtherDeterminers, ctx)) {
                    return Who.OTHER;
                }
            }
            return Who.CHILD;
        }
        return Who.NONE;
    }

    /**
     * "Harvey's friend Kai", "her brother Sam", "his best mate Leo": a name in apposition to another pupil or sibling
     * owned by someone is that other pupil.
     */
    private boolean namedByRelation(Passage p, int j, RuleContext ctx) {
        String bare = p.bare(j);
        for (int k = 0; k < j; k++) {
            if (p.isWord(k) && p.capital[k] && p.bare(k).equals(bare)) {
                j = k; // "her best mate Jo ... Jo said": the name as first introduced
                break;
            }
        }
        if (j < 2 || !p.isWord(j - 1) || !is(p, j - 1, inOtherPupils, ctx) || is(p, j - 1, inPlural, ctx)) {
            return false;
        }
        int k = j - 2;
        if (p.isWord(k) && (p.lower[k].equals("best") || p.lower[k].equals("older") || p.lower[k].equals("younger")
                || p.lower[k].equals("big") || p.lower[k].equals("little") || p.lower[k].equals("twin"))) {
            k--;
        }
        if (k < 0 || !p.isWord(k)) {
            return false;
        }
        String w = p.lower[k];
        return p.isPossessive(k) || w.equals("his") || w.equals("her") || w.equals("their") || w.equals("a")
                || w.equals("the");
    }

    /** How many earlier sentences a pronoun looks back for its antecedent (keeps resolution linear). */
    private static final int LOOK_BACK = 6;

    /** How many tokens of one sentence a pronoun's resolution reads (bounds the work on run-on text). */
    private static final int WINDOW = 80;

    /** Grammatical gender or number of a pronoun or person word. */
    private static final int ANY = 0;
    private static final int MALE = 1;
    private static final int FEMALE = 2;
    private static final int PLURAL = 3;

    /** The family of a personal pronoun: MALE (he/him/himself), FEMALE (she/her/herself), PLURAL (they/them) or ANY. */
    static int pronounFamily(String w) {
        return switch (w) {
            case "he", "him", "himself", "his" -> MALE;
            case "she", "her", "herself", "hers" -> FEMALE;
            case "they", "them", "themselves", "their" -> PLURAL;
            default -> ANY;
        };
    }

    /**
     * Whether the person word at {@code k} can be what a pronoun of {@code family} refers to: "he" does not refer to
     * "Mum", "Mrs Shah" or "staff", "she" not to "Dad" or "the boys". Names and role words of either sex agree.
     */
    boolean agrees(Passage p, int k, int family, RuleContext ctx) {
        if (family == ANY || family == PLURAL) {
            return true;
        }
        int m = lex.marks(p, ctx)[k];
        boolean plural = (m & inPlural) != 0 && !(k > 0 && p.isWord(k - 1) && p.lower[k - 1].equals("of"));
        if (plural) {
            return false;
        }
        int sex = (m & inMale) != 0 ? MALE : (m & inFemale) != 0 ? FEMALE : ANY;
        if (sex == ANY) {
            // "Mr Hill", "Mrs Amy Shah": the title gives the sex
            for (int t = k - 1; t >= 0 && t >= k - 2; t--) {
                if (!p.isWord(t)) {
                    break;
                }
                int tm = lex.marks(p, ctx)[t];
                if ((tm & inTitles) != 0) {
                    sex = (tm & inMale) != 0 ? MALE : (tm & inFemale) != 0 ? FEMALE : ANY;
                    break;
                }
            }
        }
        return sex == ANY || sex == family;
    }

    /**
     * Resolves he/she/they at {@code j}: the nearest earlier person in the sentence that agrees with it, else the
     * first agreeing person of an earlier sentence (its subject), unless that person found, asked or spoke to a child
     * ("Mr Grant found Dylan at the park. He said ...": the one found answers). An earlier "he" of the same family
     * refers to the same person, so resolution continues from there; an object "him" ("Staff asked him to stop")
     * is not its clause's subject, so resolution continues before that sentence. Nobody found: the child.
     */
    Who resolve(Passage p, int j, RuleContext ctx) {
        int family = pronounFamily(p.lower[j]);
        boolean sexed = family == MALE || family == FEMALE;
        int pos = j;
        int s = p.sentence[j];
        int lowest = Math.max(0, s - LOOK_BACK);
        while (true) {
            int first = p.sentenceFirst(s);
            for (int k = pos - 1; k >= first && k >= pos - WINDOW; k--) {
                if (!p.isWord(k) || p.quoted[k]) {
                    continue;
                }
                String w = p.lower[k];
                if (sexed && pronounFamily(w) == family && askedObject(p, k)) {
                    break; // "when the tutor asked him about it, he said": not the tutor
                }
                if (is(p, k, inWriter, ctx) || is(p, k, inPronouns, ctx) || w.equals("his") || w.equals("their")) {
                    continue;
                }
                Who who = classify(p, k, first, ctx, false);
                if (who != Who.NONE && agrees(p, k, family, ctx)) {
                    Who main = mainSubjectOverSubordinate(p, k, j, first, family, ctx);
                    return main != Who.NONE ? main : who;
                }
            }
            int chained = -1;
            for (int t = s - 1; t >= lowest && chained < 0; t--) {
                int from = p.sentenceFirst(t);
                int to = Math.min(p.sentenceEnd(t), from + WINDOW);
                for (int k = from; k < to; k++) {
                    if (!p.isWord(k) || p.quoted[k]) {
                        continue;
                    }
                    String w = p.lower[k];
                    if (sexed && pronounFamily(w) == family && isPersonalUse(p, k)) {
                        if (askedObject(p, k)) {
                            break; // "Staff asked him to delete it": look before this sentence
                        }
                        chained = k;
                        s = t;
                        break;
                    }
                    if (is(p, k, inWriter, ctx) || is(p, k, inPronouns, ctx) && !(w.equals("he") || w.equals("she")
                            || w.equals("they"))) {
                        continue;
                    }
                    if (p.isPossessive(k) && k + 1 < to && p.isWord(k + 1)) {
                        // "Amira's mum", "Jayden's PE teacher": the head noun is the person
                        continue;
                    }
                    Who who = classify(p, k, from, ctx, false);
                    if (who == Who.NONE || !agrees(p, k, family, ctx)) {
                        continue;
                    }
                    if (who != Who.CHILD && sexed) {
                        Who addressed = addressedLater(p, k, to, family, ctx);
                        if (addressed == Who.CHILD) {
                            return Who.CHILD; // "Dad came to collect Rio. He said ...": Rio answers
                        }
                        if (addressed == Who.OTHER) {
                            break; // "Mr Grant and the PCSO found him": look before this sentence
                        }
                    }
                    return who == Who.WRITER ? Who.CHILD : who;
                }
            }
            if (chained < 0) {
                return Who.CHILD;
            }
            pos = chained;
        }
    }

    /**
     * "Dylan seemed frightened when Dad arrived: he hid ...": the person at {@code k} is inside a subordinate clause
     * ("when ...", "as ...", "because ...") that the pronoun at {@code j} is outside of, so the pronoun refers to the
     * agreeing person named first in the sentence before that clause. NONE when there is none ("When Dad arrived, he
     * said ...": Dad).
     */
    private Who mainSubjectOverSubordinate(Passage p, int k, int j, int first, int family, RuleContext ctx) {
        int cs = clauseStart(p, k);
        if (cs - 1 <= first || !p.isWord(cs - 1) || clauseStart(p, j) == cs) {
            return Who.NONE;
        }
        switch (p.lower[cs - 1]) {
            case "when", "as", "while", "whilst", "after", "before", "once", "until", "because", "since", "if" -> {
            }
            default -> {
                return Who.NONE;
            }
        }
        for (int m = first; m < cs - 1; m++) {
            if (!p.isWord(m) || p.quoted[m] || p.isPossessive(m) && m + 1 < cs - 1 && p.isWord(m + 1)) {
                continue;
            }
            int f = pronounFamily(p.lower[m]);
            if (f != ANY && f != family || is(p, m, inWriter, ctx)) {
                continue;
            }
            Who who = classify(p, m, first, ctx, false);
            if (who != Who.NONE && agrees(p, m, family, ctx)) {
                return who;
            }
        }
        return Who.NONE;
    }

    /** "asked him", "spoke to her", "found him": a pronoun that is the person asked, found or spoken to. */
    static boolean askedObject(Passage p, int k) {
        String w = p.lower[k];
        if (!(w.equals("him") || w.equals("her") && isPersonalUse(p, k))) {
            return false;
        }
        int v = k - 1;
        while (v >= 0 && v >= k - 2 && p.isWord(v) && (p.lower[v].equals("to") || p.lower[v].equals("with"))) {
            v--;
        }
        return v >= 0 && p.isWord(v) && addressVerb(p.lower[v]);
    }

    /**
     * After the person at {@code k}, in the same sentence: a verb of finding, asking or speaking whose object is a
     * child agreeing with the pronoun (CHILD), an agreeing object pronoun (OTHER: its person is named earlier), or
     * nothing (NONE).
     */
    private Who addressedLater(Passage p, int k, int to, int family, RuleContext ctx) {
        for (int v = k + 1; v < to; v++) {
            if (p.isWord(v) && !p.quoted[v] && (is(p, v, inSpeechVerbs, ctx) && !addressVerb(p.lower[v])
                    || !p.lower[v].equals("and") && isBoundaryWord(p.lower[v])) || p.isPunct(v, ',') || p.isPunct(v, ';')) {
                return Who.NONE; // only the clause of the person: not "Dad said he has noticed Ella ..."
            }
            if (!p.isWord(v) || p.quoted[v] || !addressVerb(p.lower[v])) {
                continue;
            }
            for (int o = v + 1; o < to && o <= v + 3; o++) {
                if (!p.isWord(o) || p.quoted[o]) {
                    break;
                }
                String w = p.lower[o];
                switch (w) {
                    case "to", "with", "over", "aside", "on", "the", "a", "an", "up", "off" -> {
                        continue;
                    }
                    default -> {
                    }
                }
                if (pronounFamily(w) == family && isPersonalUse(p, o)) {
                    return Who.OTHER;
                }
                if (!is(p, o, inPronouns, ctx) && classify(p, o, k, ctx, false) == Who.CHILD && agrees(p, o, family, ctx)) {
                    return Who.CHILD;
                }
                break;
            }
        }
        return Who.NONE;
    }

    private static boolean addressVerb(String w) {
        return switch (w) {
            case "asked", "asks", "asking", "questioned", "challenged", "approached", "quizzed", "interviewed",
                 "confronted", "spoke", "speaking", "talked", "talking", "chatted", "checked", "met", "saw", "seen",
                 "found", "noticed", "spotted", "stopped", "caught", "heard", "overheard", "comforted", "reassured",
                 "calmed", "called", "took", "pulled", "reminded", "told", "warned", "sat", "visited", "collect",
                 "collected", "picked", "fetched", "brought", "dropped", "escorted", "walked", "drove", "helped",
                 "supported", "followed", "searched", "woke", "sent", "referred", "handed", "accompanied" -> true;
            default -> false;
        };
    }

    /** "him", "he", "her" used for a person ("told her off"), not "her" before a noun ("her bag"). */
    static boolean isPersonalUse(Passage p, int k) {
        String w = p.lower[k];
        if (!w.equals("her")) {
            return !w.equals("his") && !w.equals("hers") && !w.equals("their");
        }
        if (k + 1 >= p.size || !p.isWord(k + 1)) {
            return true;
        }
        return switch (p.lower[k + 1]) {
            case "to", "and", "off", "out", "that", "about", "at", "in", "on", "up", "down", "back", "with", "for",
                 "from", "again", "if", "what", "why", "how", "when", "where", "who", "a", "an", "the", "not", "so",
                 "but", "or", "after", "before", "because", "as", "until", "yet", "now", "later", "today",
                 "tomorrow", "home", "into", "over", "alone", "straight", "first" -> true;
            default -> false;
        };
    }

    /** "the girls in Ella's class", "a boy from her form": pupils described by the child's group are others. */
    private static boolean peersOf(Passage p, int j) {
        if (j + 3 >= p.size || !p.isWord(j + 1) || !p.isWord(j + 2) || !p.isWord(j + 3)) {
            return false;
        }
        String prep = p.lower[j + 1];
        if (!(prep.equals("in") || prep.equals("from"))) {
            return false;
        }
        String owner = p.lower[j + 2];
        if (!(owner.equals("his") || owner.equals("her") || owner.equals("their") || p.isPossessive(j + 2))) {
            return false;
        }
        return switch (p.lower[j + 3]) {
            case "class", "form", "year", "group", "team", "tutor", "set", "house", "school" -> true;
            default -> false;
        };
    }

    /** "from the office", "at reception", "to school": an institution as a place, not a speaker. */
    private static boolean place(Passage p, int j) {
        switch (p.lower[j]) {
            case "office", "reception", "school", "college", "nursery", "agency" -> {
            }
            default -> {
                return false;
            }
        }
        int k = j - 1;
        if (k >= 0 && p.isWord(k) && (p.lower[k].equals("the") || p.lower[k].equals("main") || p.lower[k].equals("school"))) {
            k--;
        }
        if (k < 0 || !p.isWord(k)) {
            return false;
        }
        return switch (p.lower[k]) {
            case "from", "to", "in", "at", "into", "outside", "near", "by", "inside", "round", "around" -> true;
            default -> false;
        };
    }

    /** "his head", "Sami's head": a body part, not the head teacher. */
    private static boolean bodyPart(Passage p, int j) {
        if (!p.lower[j].equals("head") || p.capital[j] || j == 0 || !p.isWord(j - 1)) {
            return false;
        }
        if (j + 1 < p.size && p.isWord(j + 1) && (p.lower[j + 1].equals("of") || p.lower[j + 1].startsWith("teacher"))) {
            return false;
        }
        String prev = p.lower[j - 1];
        return prev.equals("his") || prev.equals("her") || prev.equals("their") || prev.equals("my")
                || prev.equals("its") || prev.equals("your") || p.isPossessive(j - 1);
    }

    boolean isName(Passage p, int j, RuleContext ctx) {
        if (!p.capital[j] || p.quoted[j]) {
            return false;
        }
        String w = p.lower[j];
        char c0 = p.text.charAt(p.start[j]);
        if (!Character.isLetter(c0)) {
            return false;
        }
        int len = p.end[j] - p.start[j];
        if (len >= 2 && Character.isUpperCase(p.text.charAt(p.start[j] + 1))) {
            return false; // an acronym such as DSL
        }
        if (is(p, j, notName, ctx)) {
            return false;
        }
        if (j != p.sentenceFirst(p.sentence[j])) {
            return true;
        }
        String bare = p.bare(j); // only a sentence's first word may be a verb or adverb with a capital
        return !(bare.length() > 4 && (bare.endsWith("ed") || bare.endsWith("ing") || bare.endsWith("ly")));
    }

    /** Whether a name is introduced as another pupil: "Ravi (p-764)". */
    static boolean isOtherPupilName(Passage p, String bare) {
        if (!p.openingObjectIsOther && p.text.indexOf('(') < 0) {
            return false; // neither pattern below can apply: without a bracket no "(p-" follows a name
        }
        boolean first = true;
        for (int k = 0; k + 2 < p.size; k++) {
            // the cheap tests of the pattern first: most tokens are not followed by "(p-"
            if (p.isWord(k) && p.isPunct(k + 1, '(') && p.isWord(k + 2) && p.lower[k + 2].startsWith("p-")
                    && p.bare(k).equals(bare)) {
                return true;
            }
            if (first && p.openingObjectIsOther && k >= 2 && p.isWord(k) && p.bare(k).equals(bare)) {
                first = false;
                if (objectOfOpeningName(p, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@link Passage#openingObjectIsOther} can change any answer about {@code p}: only where its third token
     * is the object of what the opening name did ({@link #isOtherPupilName} asks nothing else of it).
     */
    static boolean openingObjectMatters(Passage p) {
        return p.size > 2 && p.isWord(2) && objectOfOpeningName(p, 2);
    }

    /**
     * "Jack pushed Oscar ...": a name first met as the object of what the record's opening name did is another pupil,
     * not the child the record is about (used when the record lists other pupils: see
     * {@link Passage#openingObjectIsOther}).
     */
    private static boolean objectOfOpeningName(Passage p, int k) {
        if (k != 2 || !p.capital[0] || !p.capital[k] || !p.isWord(0) || !p.isWord(1) || p.capital[1]
                || p.bare(0).equals(p.bare(k))) {
            return false;
        }
        String verb = p.lower[1];
        return verb.endsWith("ed") || switch (verb) {
            case "hit", "bit", "struck", "hurt", "threw", "caught", "fought", "kicks", "hits", "pushes", "punches",
                 "bites", "threatens", "bullies" -> true;
            default -> false;
        };
    }

    /** The person named right after {@code from} ("reported by Mr Hale"). */
    Who subjectAfter(Passage p, int from, RuleContext ctx) {
        for (int j = from; j < p.size && j <= from + 3; j++) {
            if (!p.isWord(j)) {
                return Who.NONE;
            }
            Who who = classify(p, j, from, ctx, true);
            if (who != Who.NONE) {
                return who;
            }
        }
        return Who.NONE;
    }
}
