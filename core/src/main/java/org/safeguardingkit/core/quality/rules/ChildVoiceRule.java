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

    /** The findings on a field rather than on words: the same for every record, so made once (findings are immutable). */
    private static final List<Finding> REASON_RECORDED = List.of(Finding.onField(ID, Severity.INFO,
            "childVoice/notObtainedReason", "The child's views were not obtained; the reason is recorded.",
            "Record the child's views when they are sought, in their own words."));
    private static final List<Finding> MISSING = List.of(Finding.onField(ID, Severity.WARNING, "childVoice",
            "The record has neither the child's own words or views nor a reason why they were not obtained.",
            SUGGESTION));

    /**
     * The rule's lexicon with its own word sets, read once (immutable) and shared by every instance. Its companion
     * words are the first words of the rationale rule's decision phrases ({@link RationaleRule#FIRST_WORDS}): both
     * rules read every word of the summary, and so each word is looked up once for both.
     */
    static final Lexicon LEXICON = Lexicon.load(ID)
            .withInternal("specialWords", java.util.Set.of("according", "let", "talked", "spoke", "speaks", "talks",
                    "opened", "goes", "went", "go", "going", "like", "all", "slip", "adamant", "insistent", "emphatic",
                    "firm", "clear", "certain", "sure", "positive"))
            .withInternal("notObtainedCues", java.util.Set.of("too", "before", "will", "shall", "to", "yet", "non", "pre"))
            .withCompanion(RationaleRule.FIRST_WORDS);

    private final Lexicon lex;
    private final Speakers speakers;
    private final int voiceLabel;
    private final int accountNoun;
    private final int notRecorded;
    private final int silentState;
    private final int planVerb;
    private final int speechNoun;
    private final int document;
    private final int quoteVerb;
    private final int speechVerb;
    /** Tokens {@code special(...)} may accept: its words, voice labels and account nouns. */
    private final int specialMask;
    /**
     * The words {@code special(...)} and {@code informalVoice(...)} name (one internal list, as the lexicon holds at most
     * 31): a word with neither this bit nor a capital is not an informal voice.
     */
    private final int cueWord;
    /** Words that start a reason in notObtainedInText besides the lexicon's lists: too, before, will, shall, to, yet, non, pre. */
    private final int notObtainedCue;
    private final int speechBase;
    /** A negation: a word of list {@code negations} or one ending in "n't" ({@link Lexicon#ENDS_NT}). */
    private final int negation;
    private final int speechHappened;

    /** Creates the rule with its shipped lexicon. */
    public ChildVoiceRule() {
        this.lex = LEXICON;
        this.speakers = new Speakers(lex);
        this.voiceLabel = lex.bit("voiceLabels");
        this.accountNoun = lex.bit("accountNouns");
        this.notRecorded = lex.bit("notRecorded");
        this.silentState = lex.bit("silentStates");
        this.planVerb = lex.bit("planVerbs");
        this.speechNoun = lex.bit("speechNouns");
        this.document = lex.bit("documents");
        this.quoteVerb = lex.bit("quoteVerbs");
        this.speechVerb = lex.bit("speechVerbs");
        this.cueWord = lex.bit("specialWords");
        this.specialMask = cueWord | voiceLabel | accountNoun;
        this.notObtainedCue = lex.bit("notObtainedCues");
        this.speechBase = lex.bit("speechBaseForms");
        this.negation = speakers.inNegations | Lexicon.ENDS_NT;
        this.speechHappened = lex.bit("speechHappened");
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
        if (voice.isPresent()) {
            Optional<String> words = voice.get().words();
            if (words.isPresent() && isMeaningful(words.get(), context)) {
                return List.of();
            }
        }
        String summary = concern.summary();
        Passage p = Passage.of(summary, context);
        // with other pupils listed, "Jack pushed Oscar. Oscar says ...": Oscar is not the child (asked again only where
        // the opening can make a difference: otherwise the second pass gives the first one's answer)
        if (childSpeech(p, context) >= 0 && (concern.otherPupils().isEmpty() || !Speakers.openingObjectMatters(p)
                || childSpeech(Passage.withOpeningObjectAsOther(p), context) >= 0)) {
            return List.of();
        }
        Optional<String> reason = voice.isPresent() ? voice.get().notObtainedReason() : Optional.empty();
        if (reason.isPresent() && isMeaningful(reason.get(), context)) {
            return REASON_RECORDED;
        }
        int[] inText = notObtainedInText(p, context);
        if (inText != null) {
            TextSpan span = TextSpan.of(summary, p.start[inText[0]], p.end[inText[1]]);
            return List.of(Finding.at(ID, Severity.INFO, "summary", span,
                    "The child's views were not obtained; the text gives the reason.",
                    "Record the child's views when they are sought, in their own words."));
        }
        return MISSING;
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
        String bare = bareValue(v);
        boolean answer = bare.equals("no") || bare.equals("nothing"); // "No." may be the child's answer
        return anyLetter && !lex.has("placeholders", v, context) && (answer || !lex.has("placeholders", bare, context));
    }

    /** "N/A.", "none given", "(n/a)": a value without its closing full stop, brackets or spaces. */
    private static String bareValue(String v) {
        int from = 0;
        int to = v.length();
        while (from < to && (v.charAt(from) == '(' || v.charAt(from) == '[' || Character.isWhitespace(v.charAt(from)))) {
            from++;
        }
        while (to > from && (v.charAt(to - 1) == '.' || v.charAt(to - 1) == ')' || v.charAt(to - 1) == ']'
                || v.charAt(to - 1) == '!' || Character.isWhitespace(v.charAt(to - 1)))) {
            to--;
        }
        return v.substring(from, to);
    }

    /** Index of a speech verb whose speaker is the child, or -1. */
    int childSpeech(Passage p, RuleContext ctx) {
        int[] marks = lex.marks(p, ctx);
        int quoteOrNoun = quoteVerb | speechNoun;
        for (int i = 0; i < p.size; i++) {
            if (!p.isWord(i) || p.quoted[i]) {
                continue;
            }
            int m = marks[i];
            String w = p.lower[i];
            if ((m & specialMask) != 0 && special(p, i, w, m, ctx)
                    || ((m & cueWord) != 0 || p.capital[i]) && informalVoice(p, i, w, (m & cueWord) != 0, ctx)) {
                return i;
            }
            boolean quoteOnly = (m & quoteOrNoun) != 0;
            // "say" and "tell" are base forms of speech verbs (list speechBaseForms): other words skip the test
            if (!quoteOnly && (m & speechVerb) == 0
                    && !((m & speechBase) != 0 && (w.equals("say") || w.equals("tell")) && bareThirdPerson(p, i))
                    && !spokenInfinitive(p, i, marks, ctx)) {
                continue;
            }
            if (quoteOnly && !quoteFollows(p, i, 8) && !quotePrecedes(p, i)
                    && !((m & quoteOrNoun & ~speechNoun) != 0 && thatFollows(p, i))) {
                continue;
            }
            if ((w.equals("asked") || w.equals("asks") || w.equals("asking")) && !askedSomething(p, i)) {
                continue;
            }
            if (i + 1 < p.size && p.isWord(i + 1) && (p.lower[i + 1].equals("nothing") || p.lower[i + 1].equals("little"))
                    && !nothingAsSubject(p, i + 1)) {
                continue;
            }
            if (negated(p, i, ctx) || instruction(p, i) || reportedState(p, i) || generalWords(p, i)) {
                continue;
            }
            if (writersNote(p, i, ctx) || ingAsModifier(p, i, marks)) {
                continue;
            }
            if ((m & speechNoun) != 0 && (m & speechVerb) == 0 && nounIsSubject(p, i)) {
                continue; // 'The message read "..."': a document, nobody named as its author
            }
            if (documentSubject(p, i, marks)) {
                continue;
            }
            if (speakerOf(p, i, ctx) == Speakers.Who.CHILD) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "had the cheek to tell me she'd been at the nurse", "went on to say that ...": a speech verb's base form after a
     * cue that the speaking happened (list {@code speechHappened}), with something said or someone told after it.
     */
    private boolean spokenInfinitive(Passage p, int i, int[] marks, RuleContext ctx) {
        if ((marks[i] & speechBase) == 0 || i < 2 || !p.isWord(i - 1) || !p.lower[i - 1].equals("to")
                || !p.isWord(i - 2) || i + 1 >= p.size) {
            return false;
        }
        boolean wentOn = p.lower[i - 2].equals("on") && i >= 3 && p.isWord(i - 3) && (marks[i - 3] & speechHappened) != 0;
        if ((marks[i - 2] & speechHappened) == 0 && !wentOn) {
            return false;
        }
        if (p.kind[i + 1] == Passage.QUOTE || p.quoted[i + 1] || p.isPunct(i + 1, ':')) {
            return true;
        }
        if (!p.isWord(i + 1)) {
            return false;
        }
        return switch (p.lower[i + 1]) {
            case "me", "us", "that", "he", "she", "they", "i", "we", "it", "about", "what", "how", "why", "where", "who",
                 "whether", "if", "staff", "someone", "somebody", "his", "her", "their", "everyone" -> true;
            default -> speakers.classify(p, i + 1, i + 1, ctx, false) != Speakers.Who.NONE;
        };
    }

    Speakers.Who speakerOf(Passage p, int i, RuleContext ctx) {
        String prev = i > 0 && p.isWord(i - 1) ? p.lower[i - 1] : "";
        boolean progressive = (p.lower[i].endsWith("ing") || p.lower[i].endsWith("in") || p.lower[i].endsWith("in'"))
                && speakers.is(p, i, speakers.inSpeechVerbs, ctx); // "was saying", "were sayin"
        boolean passive = !progressive && switch (prev) { // "was saying" is not a passive
            case "was", "were", "been", "being", "is", "are", "be", "get", "got" -> true;
            default -> false;
        };
        if (i + 1 < p.size && p.isWord(i + 1) && p.lower[i + 1].equals("by")) {
            return speakers.subjectAfter(p, i + 2, ctx);
        }
        if (passive) {
            return Speakers.Who.NONE;
        }
        if (thingSubject(p, i)) {
            return Speakers.Who.NONE;
        }
        if (p.lower[i].endsWith("ing") && (!auxiliaryBefore(p, i, ctx) || messagedSomeone(p, i))) {
            // "Kian texted his tutor at 11pm saying he did not feel safe": the clause's subject is speaking
            Speakers.Who first = speakers.clauseSubject(p, speakers.clauseStart(p, i), i, ctx);
            if (first == Speakers.Who.NONE) {
                first = speakers.sharedSubject(p, speakers.clauseStart(p, i), ctx);
            }
            if (first != Speakers.Who.NONE) {
                return first;
            }
        }
        Speakers.Who who = speakers.subjectBefore(p, i, ctx);
        if (who != Speakers.Who.NONE) {
            return who;
        }
        int cs = speakers.clauseStart(p, i);
        Speakers.Who shared = speakers.sharedSubject(p, cs, ctx);
        if (shared == Speakers.Who.WRITER && i + 1 < p.size && p.isWord(i + 1)
                && (p.lower[i + 1].equals("me") || p.lower[i + 1].equals("us"))) {
            shared = speakers.sharedSubject(p, cs, ctx, true); // "... when I asked and told me": not the writer
        }
        if (shared != Speakers.Who.NONE) {
            return shared;
        }
        if (i == p.sentenceFirst(p.sentence[i])) {
            // "Reports from two staff that ...": a noun, its source follows
            for (int k = i + 1; k < p.size && k <= i + 3 && p.isWord(k); k++) {
                if (p.lower[k].equals("from") || p.lower[k].equals("by")) {
                    return speakers.subjectAfter(p, k + 1, ctx);
                }
            }
        }
        boolean afterQuote = i > 0 && (p.kind[i - 1] == Passage.QUOTE || p.quoted[i - 1]
                || i > 1 && p.isPunct(i - 1, ',') && (p.kind[i - 2] == Passage.QUOTE || p.quoted[i - 2]));
        if (cs == i && afterQuote && i + 1 < p.size && p.isWord(i + 1)) {
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

    /** "The note ...", "A message ...": a noun with only a determiner before it, at the start of its clause. */
    private boolean nounIsSubject(Passage p, int i) {
        if (i == 0 || !p.isWord(i - 1)) {
            return false;
        }
        switch (p.lower[i - 1]) {
            case "the", "a", "an", "this", "that", "one", "another" -> {
            }
            default -> {
                return false;
            }
        }
        return speakers.clauseStart(p, i) == i - 1;
    }

    /**
     * "The letter said ...", "his Instagram bio says ...", "a screenshot shows ...": the verb's subject is a document
     * (list {@code documents}); only the child's own document ("Mia's note said ...") carries the child's words.
     */
    private boolean documentSubject(Passage p, int i, int[] marks) {
        int k = i - 1;
        while (k >= 0 && p.isWord(k) && (p.lower[k].equals("also") || p.lower[k].equals("clearly")
                || p.lower[k].equals("simply") || p.lower[k].equals("just"))) {
            k--;
        }
        if (k < 0 || !p.isWord(k) || (marks[k] & document) == 0) {
            return false;
        }
        int cs = speakers.clauseStart(p, k);
        for (int j = k - 1; j >= cs; j--) {
            if (!p.isWord(j)) {
                return false;
            }
            if (p.isPossessive(j)) {
                return false; // "Mia's note said ...": the child's own document
            }
            switch (p.lower[j]) {
                case "the", "a", "an", "this", "that", "one", "another", "its", "their", "his", "her", "same", "first",
                     "last", "latest", "final", "original" -> {
                    if (p.lower[j].equals("his") || p.lower[j].equals("her") || p.lower[j].equals("their")) {
                        return false; // "her message said": whose it is is resolved as the speaker
                    }
                }
                default -> {
                    if (!p.capital[j]) {
                        return false; // "he sent a text saying ...": the document is an object, the sender speaks
                    }
                }
            }
        }
        return true;
    }

    /**
     * "texted his mum saying ...", "kept messaging staff saying ...": the person before the -ing form is who was sent the
     * message, so the sender (the clause's subject) is speaking; unlike "heard him saying".
     */
    private static boolean messagedSomeone(Passage p, int i) {
        for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
            if (!p.isWord(k)) {
                return false;
            }
            switch (p.lower[k]) {
                case "texted", "texting", "messaged", "messaging", "emailed", "emailing", "rang", "ringing", "phoned",
                     "phoning", "wrote", "writing", "snapchatted", "dmd", "contacted", "contacting", "called", "calling",
                     "sent", "sending", "begged", "begging" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "was saying", "kept telling", "heard him saying": the -ing form has its own subject right before it. */
    private boolean auxiliaryBefore(Passage p, int i, RuleContext ctx) {
        if (i == 0 || !p.isWord(i - 1)) {
            return false;
        }
        String prev = p.lower[i - 1];
        return switch (prev) {
            case "was", "were", "is", "are", "be", "been", "am", "kept", "keeps", "keep", "started", "starts", "began",
                 "begins", "stop", "stopped", "continued", "continues", "him", "her", "them", "me", "us", "heard",
                 "overheard", "seen", "saw", "caught", "recorded", "filmed", "still", "repeatedly", "also", "then",
                 "now", "just", "constantly", "always" -> true;
            default -> speakers.classify(p, i - 1, i - 1, ctx, false) != Speakers.Who.NONE;
        };
    }

    /**
     * "..., which explains his behaviour", "it says", "this shows": the subject of the verb is a thing, so nobody is
     * speaking.
     */
    private static boolean thingSubject(Passage p, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (!p.isWord(k)) {
                return false;
            }
            switch (p.lower[k]) {
                case "which", "it", "this", "that's", "it's" -> {
                    return true;
                }
                case "also", "then", "clearly", "just", "only", "probably", "really", "now", "still", "apparently" -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * "nothing he says can be trusted", "whatever she says": a verb inside a noun phrase about someone's words in
     * general, not a report of what they said.
     */
    private static boolean generalWords(Passage p, int i) {
        int k = i - 2;
        if (k < 0 || !p.isWord(k) || !p.isWord(i - 1)) {
            return false;
        }
        return switch (p.lower[k]) {
            case "nothing", "anything", "everything", "whatever", "something" -> true;
            default -> false;
        };
    }

    /** "wrote that ...", "wrote in her journal that ...": "that" after the verb, before any clause boundary. */
    private static boolean thatFollows(Passage p, int i) {
        for (int k = i + 1; k < p.size && k <= i + 5; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                return false;
            }
            if (p.lower[k].equals("that")) {
                return true;
            }
            if (Speakers.isBoundaryWord(p.lower[k])) {
                return false;
            }
        }
        return false;
    }

    /** '"Leave me alone!" Ella shouted', '"Go away," yelled Ravi': the quotation ends just before the verb's subject. */
    private static boolean quotePrecedes(Passage p, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (p.kind[k] == Passage.QUOTE || p.quoted[k]) {
                return true;
            }
            if (!p.isWord(k) && !p.isPunct(k, ',')) {
                return false;
            }
        }
        return false;
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
            if (speakers.is(p, k, negation, ctx)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phrasings that carry the child's words without a plain speech verb: "according to Dylan", "let me know that",
     * "talked about", "Child's voice: ...", "Kayden's account was that ...".
     */
    private boolean special(Passage p, int i, String w, int m, RuleContext ctx) {
        switch (w) {
            case "according" -> {
                if (i + 2 < p.size && p.isWord(i + 1) && p.lower[i + 1].equals("to")) {
                    return speakers.subjectAfter(p, i + 2, ctx) == Speakers.Who.CHILD;
                }
                return false;
            }
            case "let" -> {
                if (i + 2 < p.size && p.isWord(i + 2) && p.lower[i + 2].equals("know") && p.isWord(i + 1)) {
                    return speakerOf(p, i, ctx) == Speakers.Who.CHILD;
                }
                return false;
            }
            case "talked", "spoke", "speaks", "talks", "opened" -> {
                if (i == p.sentenceFirst(p.sentence[i]) && !p.quoted[i]) {
                    return false; // "Spoke to him about hugging": the writer's note, no subject, not the child's words
                }
                for (int k = i + 1; k < p.size && k <= i + 4; k++) {
                    if (!p.isWord(k)) {
                        return false;
                    }
                    if (p.lower[k].equals("about") || w.equals("opened") && p.lower[k].equals("up")) {
                        return !negated(p, i, ctx) && speakerOf(p, i, ctx) == Speakers.Who.CHILD;
                    }
                }
                return false;
            }
            default -> {
            }
        }
        if ((m & voiceLabel) != 0 && i + 1 < p.size && (p.isPunct(i + 1, ':') || p.isPunct(i + 1, '-'))) {
            // "Child's voice: ...", "Pupil voice - ...", "In her own words: ..."
            boolean owner = false;
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                if (!p.isWord(k)) {
                    break;
                }
                String o = p.bare(k);
                if (o.equals("child") || o.equals("pupil") || o.equals("student") || o.equals("own") || o.equals("her")
                        || o.equals("his") || o.equals("their") || o.equals("person") || o.equals("learner")) {
                    owner = true;
                    break;
                }
            }
            if (!owner && i > 0 && p.isWord(i - 1) && p.isPossessive(i - 1)) {
                owner = speakers.classify(p, i - 1, i - 1, ctx, true) == Speakers.Who.CHILD;
            }
            if (!owner) {
                return false;
            }
            int words = 0;
            for (int k = i + 2; k < p.size && words < 2; k++) {
                if (p.isWord(k)) {
                    if (words == 0 && (lex.marks(p, ctx)[k] & notRecorded) != 0) {
                        return false;
                    }
                    words++;
                } else if (p.isPunct(k, '.') && words == 0) {
                    return false;
                }
            }
            return words >= 2;
        }
        if ((m & accountNoun) != 0 && i > 0 && p.isWord(i - 1) && i + 1 < p.size) {
            String prev = p.lower[i - 1];
            boolean owned = p.isPossessive(i - 1) || prev.equals("his") || prev.equals("her") || prev.equals("their");
            String next = p.isWord(i + 1) ? p.lower[i + 1] : p.text.substring(p.start[i + 1], p.end[i + 1]);
            boolean states = switch (next) {
                case "was", "is", "were", "are", "that", ":", "-" -> true;
                default -> false;
            };
            if (owned && states) {
                Speakers.Who owner = p.isPossessive(i - 1) ? speakers.classify(p, i - 1, i - 1, ctx, true)
                        : speakers.resolve(p, i - 1, ctx);
                return owner == Speakers.Who.CHILD;
            }
        }
        return false;
    }

    /**
     * Informal ways of giving words or views: the quotative "she goes \"...\"", "he was like \"...\""; a name as a
     * label, 'Mia: "he pushed me"'; a firm view, "was adamant that ...". Only a word of list {@code specialWords} or
     * one with a capital may be one.
     */
    private boolean informalVoice(Passage p, int i, String w, boolean cue, RuleContext ctx) {
        int q = i + 1 < p.size && p.isPunct(i + 1, ',') ? i + 2 : i + 1;
        boolean quoteNext = q < p.size && p.kind[q] == Passage.QUOTE;
        if (cue) { // the words below are all in list specialWords: a capitalised word outside it skips them
            switch (w) {
                case "goes", "went", "go", "going" -> {
                    return quoteNext && speakerOf(p, i, ctx) == Speakers.Who.CHILD;
                }
                case "like", "all" -> {
                    if (!quoteNext || i == 0 || !p.isWord(i - 1)) {
                        return false;
                    }
                    return switch (p.lower[i - 1]) {
                        case "was", "is", "were", "be", "being", "just", "all" ->
                                speakerOf(p, i - 1, ctx) == Speakers.Who.CHILD;
                        default -> false;
                    };
                }
                case "slip" -> {
                    // "let slip that she has a boyfriend"
                    return i > 0 && p.isWord(i - 1) && p.lower[i - 1].equals("let") && i + 1 < p.size
                            && (quoteNext || p.isWord(i + 1) && p.lower[i + 1].equals("that"))
                            && speakerOf(p, i - 1, ctx) == Speakers.Who.CHILD;
                }
                case "adamant", "insistent", "emphatic", "firm", "clear", "certain", "sure", "positive" -> {
                    if (i + 1 >= p.size || !p.isWord(i + 1) || !p.lower[i + 1].equals("that") || i == 0
                            || !p.isWord(i - 1)) {
                        return false;
                    }
                    return switch (p.lower[i - 1]) {
                        case "was", "is", "were", "are", "very", "quite", "really", "seemed", "remained", "became",
                             "being" ->
                                !negated(p, i, ctx) && speakerOf(p, i - 1, ctx) == Speakers.Who.CHILD;
                        default -> false;
                    };
                }
                default -> {
                }
            }
        }
        if (p.capital[i] && i + 2 < p.size && (p.isPunct(i + 1, ':') || p.isPunct(i + 1, '-'))
                && p.kind[i + 2] == Passage.QUOTE
                && speakers.clauseStart(p, i) == i) {
            return speakers.classify(p, i, i, ctx, false) == Speakers.Who.CHILD; // 'Mia: "he pushed me"'
        }
        return false;
    }

    /** "asked me not to tell", "asked if she could", "asked to go home": a request or question, not "asked for toast". */
    /**
     * "He say the boys tell him ...", "She tell me ...": a writer with English as an additional language leaves the
     * third person's -s off; the bare form reports words only right after a third-person subject.
     */
    private static boolean bareThirdPerson(Passage p, int i) {
        if (i == 0 || !p.isWord(i - 1)) {
            return false;
        }
        String before = p.lower[i - 1];
        return before.equals("he") || before.equals("she") || before.equals("they")
                || p.capital[i - 1] && !before.equals("i") && !before.startsWith("i'") && !before.equals("we")
                && !before.startsWith("we'") && !before.equals("you") && !before.equals("please");
    }

    private static boolean askedSomething(Passage p, int i) {
        for (int k = i + 1; k < p.size && k <= i + 3; k++) {
            if (!p.isWord(k)) {
                // "asked "is Mummy coming?"": the question in the asker's own words
                return p.kind[k] == Passage.QUOTE || (p.isPunct(k, ':') || p.isPunct(k, ',')) && k + 1 < p.size
                        && p.kind[k + 1] == Passage.QUOTE;
            }
            switch (p.lower[k]) {
                case "for", "about" -> {
                    return false;
                }
                case "if", "whether", "not", "why", "what", "when", "where", "how", "who" -> {
                    return true;
                }
                case "to" -> {
                    // "asked me to ring her mum" is a request; "asked to go to the toilet" is not an account
                    return k > i + 1;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "reported missing", "reported stolen": a report of a state, not someone's words. */
    private static boolean reportedState(Passage p, int i) {
        if ((p.lower[i].equals("informed") || p.lower[i].equals("told") || p.lower[i].equals("notified"))
                && (i + 1 >= p.size || !p.isWord(i + 1) || p.lower[i + 1].equals("and"))) {
            return true; // "Parents informed.", "his Head of Year informed and ...": someone was told
        }
        if (!p.lower[i].startsWith("report") || i + 1 >= p.size || !p.isWord(i + 1)) {
            return false;
        }
        return switch (p.lower[i + 1]) {
            case "missing", "stolen", "lost", "absent", "found", "seen", "broken", "damaged", "sick", "ill", "unwell",
                 "late", "injured", "hurt", "safe" -> true;
            default -> false;
        };
    }

    /**
     * A note without a subject whose speaker is the writer: "Told him he'd lose his golden time", "Reminded her that
     * ...", "Reported to Mrs Dean." (someone other than the writer is told). "Told me ..." is not the writer.
     */
    private boolean writersNote(Passage p, int i, RuleContext ctx) {
        int first = p.sentenceFirst(p.sentence[i]);
        for (int k = first; k < i; k++) {
            if (!p.isWord(k)) {
                return false;
            }
            switch (p.lower[k]) {
                case "then", "also", "later", "so", "and", "again", "afterwards", "subsequently", "have", "i've" -> {
                }
                default -> {
                    return false;
                }
            }
        }
        if (i + 1 >= p.size || !p.isWord(i + 1) || p.quoted[i + 1]) {
            return false;
        }
        String next = p.lower[i + 1];
        switch (p.lower[i]) {
            case "told", "reminded", "warned", "advised", "informed", "asked", "tells", "reminds", "warns" -> {
                if (next.equals("him") || next.equals("them")) {
                    return true;
                }
                if (next.equals("her")) {
                    return objectHer(p, i + 1);
                }
                Speakers.Who who = speakers.classify(p, i + 1, i + 1, ctx, false);
                return who == Speakers.Who.CHILD || who == Speakers.Who.ADULT || who == Speakers.Who.OTHER;
            }
            case "explained", "said", "stated", "repeated", "explains", "says" -> {
                // "Explained to her that this was her last warning", "Said to him he'd miss break": to the child
                if (!next.equals("to") || i + 2 >= p.size || !p.isWord(i + 2)) {
                    return false;
                }
                String o = p.lower[i + 2];
                return o.equals("him") || o.equals("them") || o.equals("her") && objectHer(p, i + 2)
                        || speakers.classify(p, i + 2, i + 2, ctx, false) == Speakers.Who.CHILD;
            }
            case "reported", "raised", "relayed", "shared", "mentioned", "passed", "escalated", "reports" -> {
                // "Reported to Mrs Dean.", "Shared with the DSL": the concern passed on by the writer
                if (!(next.equals("to") || next.equals("with")) || i + 2 >= p.size || !p.isWord(i + 2)) {
                    return false;
                }
                Speakers.Who to = speakers.subjectAfter(p, i + 2, ctx);
                return to == Speakers.Who.ADULT || to == Speakers.Who.OTHER;
            }
            default -> {
                return false;
            }
        }
    }

    /** "the online reporting tool that ...", "a messaging app": an -ing form naming a kind of thing, nobody speaking. */
    private boolean ingAsModifier(Passage p, int i, int[] marks) {
        if (!p.lower[i].endsWith("ing") || i + 1 >= p.size || !p.isWord(i + 1)) {
            return false;
        }
        if ((marks[i + 1] & document) != 0) {
            return true;
        }
        return switch (p.lower[i + 1]) {
            case "tool", "system", "platform", "line", "procedure", "process", "route", "mechanism", "button", "function",
                 "feature", "portal", "service", "site", "software", "requirements", "duties", "duty" -> true;
            default -> false;
        };
    }

    /** "her" at {@code k} as an object ("told her she would ...", "told her that"), not "her mum". */
    private static boolean objectHer(Passage p, int k) {
        if (Speakers.isPersonalUse(p, k)) {
            return true;
        }
        return switch (p.lower[k + 1]) {
            case "he", "she", "they", "i", "we", "it", "there", "you", "this", "his", "her", "their", "she'd", "she'll",
                 "she's", "he'd", "he's" -> true;
            default -> false;
        };
    }

    /** "told the teacher to 'shut up'": an instruction, not a view. */
    private static boolean instruction(Passage p, int i) {
        String w = p.lower[i];
        if (!(w.equals("told") || w.equals("tells") || w.equals("telling"))) {
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
                // 'told me to "back off"': the child's own words, said to the writer
                boolean toWriter = k == i + 2 && (p.lower[i + 1].equals("me") || p.lower[i + 1].equals("us"));
                return !(toWriter && k + 1 < p.size && (p.kind[k + 1] == Passage.QUOTE || p.quoted[k + 1]));
            }
        }
        return false;
    }

    /** A reason in the text why the child's views were not obtained: token range [from, to], or null. */
    int[] notObtainedInText(Passage p, RuleContext ctx) {
        int[] marks = lex.marks(p, ctx);
        int state = -1;
        int cues = speakers.inCannotSpeak | speakers.inNegations | silentState | accountNoun | notObtainedCue;
        for (int i = 0; i < p.size; i++) {
            if (!p.isWord(i) || p.quoted[i]) {
                continue;
            }
            if ((marks[i] & (cues | negation)) == 0) {
                continue; // none of the cues below starts here
            }
            String w = p.lower[i];
            boolean negated = (marks[i] & negation) != 0;
            if ((marks[i] & speakers.inCannotSpeak) != 0) { // the same marks speakers.is reads
                return new int[] {speakers.clauseStart(p, i), i};
            }
            if ((w.equals("non") || w.equals("pre")) && i + 1 < p.size && p.isWord(i + 1) && p.lower[i + 1].equals("verbal")) {
                return new int[] {speakers.clauseStart(p, i), i + 1}; // "non verbal" written as two words
            }
            if (w.equals("too")) {
                int[] r = tooUpsetTo(p, i, ctx);
                if (r != null) {
                    return r;
                }
            }
            boolean yetTo = w.equals("yet") && i + 1 < p.size && p.isWord(i + 1) && p.lower[i + 1].equals("to");
            if (negated || isBeforeICould(p, i) || yetTo) {
                int[] r = notSpokenTo(p, i, ctx);
                if (r == null) {
                    r = noWordsOut(p, i, ctx);
                }
                if (r != null) {
                    return r;
                }
            }
            if (negated) {
                int[] r = viewsNotObtained(p, i, marks);
                if (r != null) {
                    return r;
                }
            }
            if (state < 0 && (marks[i] & silentState) != 0 && subjectIsChild(p, i, ctx)) {
                state = i;
            }
            if ((marks[i] & accountNoun) != 0 && (p.capital[i] == false || i == p.sentenceFirst(p.sentence[i]))) {
                int[] r = viewsToBeSought(p, i);
                if (r != null) {
                    return r;
                }
            }
            if (w.equals("will") || w.equals("shall") || w.equals("to") && plannerBefore(p, i, ctx)) {
                int[] r = plannedConversation(p, i, state, ctx);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** "said nothing had happened", "said nothing was wrong": "nothing" is the subject of the words reported. */
    private static boolean nothingAsSubject(Passage p, int k) {
        if (k + 1 >= p.size || !p.isWord(k + 1) || !p.lower[k].equals("nothing")) {
            return false;
        }
        return switch (p.lower[k + 1]) {
            case "had", "has", "was", "is", "happened", "happens", "would", "will", "could", "went", "goes", "wrong" -> true;
            default -> false;
        };
    }

    /** "unable to get Ella's views as she left", "could not obtain his account because ...": token range or null. */
    private int[] viewsNotObtained(Passage p, int i, int[] marks) {
        for (int k = i + 1; k < p.size && k <= i + 6; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                return null;
            }
            if ((marks[k] & accountNoun) != 0 && k > i + 1) {
                for (int m = i - 1; m >= p.sentenceFirst(p.sentence[i]) && m >= i - 5; m--) {
                    if (p.isWord(m) && (p.lower[m].equals("so") || p.lower[m].equals("therefore"))) {
                        return new int[] {p.sentenceFirst(p.sentence[i]), k}; // "could not stop crying so we did not get his account"
                    }
                }
                for (int m = k + 1; m < p.size && m <= k + 3; m++) {
                    if (p.isWord(m) && (p.lower[m].equals("as") || p.lower[m].equals("because")
                            || p.lower[m].equals("due") || p.lower[m].equals("since"))) {
                        return new int[] {speakers.clauseStart(p, i), k};
                    }
                }
                return null;
            }
            if (Speakers.isBoundaryWord(p.lower[k])) {
                return null;
            }
        }
        return null;
    }

    /** "tutor to see her on Monday", "DSL to speak with him": a role before "to" plans the conversation. */
    private boolean plannerBefore(Passage p, int i, RuleContext ctx) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (!p.isWord(k)) {
                return false;
            }
            String w = p.lower[k];
            if (w.equals("asked") || w.equals("told") || w.equals("want") || w.equals("wants") || w.equals("going")) {
                return false;
            }
            if (speakers.is(p, k, speakers.inAdults, ctx)) {
                return true; // "tutor to see her", "head of year to speak with him"
            }
        }
        return false;
    }

    /** Whether the clause holding token {@code i} is about the child ("Jude was sobbing", "she fell asleep"). */
    private boolean subjectIsChild(Passage p, int i, RuleContext ctx) {
        Speakers.Who who = speakers.subjectBefore(p, i, ctx);
        if (who == Speakers.Who.NONE) {
            who = speakers.sharedSubject(p, speakers.clauseStart(p, i), ctx);
        }
        if (who == Speakers.Who.NONE) {
            who = speakers.sentenceSubject(p, p.sentence[i], i, ctx);
        }
        return who == Speakers.Who.CHILD;
    }

    /** "couldn't get her words out", "could not find the words": the child could not speak. */
    private int[] noWordsOut(Passage p, int i, RuleContext ctx) {
        for (int k = i + 1; k < p.size && k <= i + 4; k++) {
            if (!p.isWord(k) || p.quoted[k]) {
                return null;
            }
            String t = p.lower[k];
            if (t.equals("words") || t.equals("word")) {
                return subjectIsChild(p, i, ctx) ? new int[] {speakers.clauseStart(p, i), k} : null;
            }
            if (Speakers.isBoundaryWord(t)) {
                return null;
            }
        }
        return null;
    }

    /** "her views will be sought on Monday", "his views were not obtained as he was absent". */
    private int[] viewsToBeSought(Passage p, int i) {
        boolean negated = false;
        boolean future = false;
        for (int k = i + 1; k < p.size && k <= i + 5; k++) {
            if (!p.isWord(k)) {
                return null;
            }
            switch (p.lower[k]) {
                case "will", "to", "shall", "can", "could", "would", "might" -> future = true;
                case "not", "n't", "never", "yet" -> negated = true;
                case "be", "been", "was", "were", "are", "is", "have", "has", "being" -> {
                }
                case "sought", "obtained", "gathered", "captured", "taken", "asked", "heard", "recorded", "explored" -> {
                    if (future && !negated) {
                        return new int[] {speakers.clauseStart(p, i), k};
                    }
                    if (future || negated) {
                        // "her views could not be sought": a reason must be given in the sentence
                        for (int m = p.sentenceFirst(p.sentence[i]); m < p.sentenceEnd(p.sentence[i]); m++) {
                            if (p.isWord(m) && (p.lower[m].equals("as") || p.lower[m].equals("because")
                                    || p.lower[m].equals("due") || p.lower[m].equals("since") || p.lower[m].equals("so"))) {
                                return new int[] {speakers.clauseStart(p, i), k};
                            }
                        }
                        return null;
                    }
                    return null;
                }
                default -> {
                    return null;
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
            if (speakers.is(p, k, speakers.inTooStates, ctx) || !t.equals("to") && Character.isLetter(t.charAt(0))) {
                state = true; // "too upset", "too embarrassed", "too much"
            } else if (t.equals("to") && state && k + 1 < p.size && p.isWord(k + 1)
                    && speakers.is(p, k + 1, speakers.inAccountVerbs, ctx)) {
                Speakers.Who who = speakers.subjectBefore(p, i, ctx);
                if (who == Speakers.Who.ADULT || who == Speakers.Who.OTHER || who == Speakers.Who.WRITER) {
                    return null;
                }
                return new int[] {speakers.clauseStart(p, i), k + 1};
            }
        }
        return null;
    }

    /** "before I could speak to him", "before she could be seen", "before the DSL had spoken to her". */
    private static boolean isBeforeICould(Passage p, int i) {
        if (!p.lower[i].equals("before")) {
            return false;
        }
        for (int k = i + 2; k < p.size && k <= i + 3; k++) {
            if (!p.isWord(k) || !p.isWord(k - 1)) {
                return false;
            }
            switch (p.lower[k]) {
                case "could", "had", "was", "were", "can", "got", "managed" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
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
            if (!speakers.is(p, k, speakers.inContactVerbs, ctx)) {
                continue;
            }
            Speakers.Who subject = isBeforeICould(p, i)
                    ? speakers.subjectAfter(p, i + 1, ctx) // "before I could ...", "before she could be asked"
                    : speakers.subjectBefore(p, i, ctx);
            if (subject == Speakers.Who.NONE && isBeforeICould(p, i)) {
                subject = Speakers.Who.WRITER;
            }
            if (subject == Speakers.Who.NONE) {
                subject = speakers.sentenceSubject(p, p.sentence[i], i, ctx);
            }
            if (subject == Speakers.Who.NONE && p.sentence[i] > 0 && i <= p.sentenceFirst(p.sentence[i]) + 1) {
                // a note with no subject ("wouldn't talk", "refused to talk to HoY"): the subject of the sentence before
                int before = p.sentence[i] - 1;
                subject = speakers.sentenceSubject(p, before, p.sentenceEnd(before), ctx);
            }
            Speakers.Who object = objectAfter(p, k, ctx);
            int end = k;
            if (subject == Speakers.Who.CHILD && (object == Speakers.Who.ADULT || object == Speakers.Who.WRITER)
                    && speakers.is(p, k, speakers.inAccountVerbs, ctx) && !isBeforeICould(p, i)) {
                return new int[] {speakers.clauseStart(p, i), k}; // "refused to speak to staff": the child declined
            }
            if (object == Speakers.Who.ADULT || object == Speakers.Who.OTHER) {
                return null;
            }
            if (object == Speakers.Who.CHILD) {
                // "I have not spoken to him": only with its reason ("as he was absent", "before I could", ...)
                if (!isBeforeICould(p, i) && !reasonInSentence(p, i) && !reasonClauseAfter(p, k)) {
                    return null;
                }
                end = Math.min(p.size - 1, objectEnd(p, k));
                return new int[] {speakers.clauseStart(p, i), end};
            }
            // no person object: the child declined to speak, or "has not been spoken to"
            boolean passive = false;
            for (int a = Math.max(0, i - 1); a < k && !t.endsWith("ing"); a++) {
                switch (p.lower[a]) {
                    case "been", "be", "was", "were", "is", "are", "being" -> passive = true;
                    default -> {
                    }
                }
            }
            if (subject == Speakers.Who.CHILD && speakers.is(p, k, speakers.inAccountVerbs, ctx)
                    && (!passive || p.lower[k - 1].equals("to"))) { // "was reluctant to talk": not a passive
                return new int[] {speakers.clauseStart(p, i), k}; // the child declined to talk: that is the reason
            }
            passive = passive || ellipticalPassive(p, i, k);
            if (subject == Speakers.Who.CHILD && passive && (isBeforeICould(p, i) || reasonInSentence(p, i)
                    || reasonClauseAfter(p, k) || inabilityAfterState(p, i))) {
                return new int[] {speakers.clauseStart(p, i), k}; // "has not been spoken to, as ..."
            }
            return null;
        }
        return null;
    }

    /**
     * "Amira not spoken to", "so not seen yet": a note's passive without its auxiliary, the negation right before a
     * participle (or "not yet"), nothing before the negation that could carry an active verb ("has not spoken").
     */
    private static boolean ellipticalPassive(Passage p, int i, int k) {
        String neg = p.lower[i];
        if (!(neg.equals("not") || neg.equals("never")) || k > i + 2 || k == i + 2 && !p.lower[i + 1].equals("yet")) {
            return false;
        }
        String verb = p.lower[k];
        if (!(verb.endsWith("en") || verb.endsWith("ed") || verb.equals("met") || verb.equals("heard") || verb.equals("spoke")
                || verb.equals("told") || verb.equals("said"))) {
            return false;
        }
        if (i == 0 || !p.isWord(i - 1)) {
            return true;
        }
        return switch (p.lower[i - 1]) {
            case "have", "has", "had", "did", "does", "do", "i", "we", "he", "she", "they", "was", "were", "is", "are",
                 "am", "be", "been", "could", "would", "should", "will", "may", "might", "must", "can", "you", "it" ->
                false;
            default -> true;
        };
    }

    /**
     * "was in a meltdown and could not be spoken to": an inability ("could not", "couldn't", "cannot") after an earlier
     * clause of the same sentence, which gives the state that prevented it.
     */
    private boolean inabilityAfterState(Passage p, int i) {
        String w = p.lower[i];
        boolean modal = w.equals("couldn't") || w.equals("couldnt") || w.equals("cannot") || w.equals("can't")
                || w.equals("not") && i > 0 && p.isWord(i - 1) && (p.lower[i - 1].equals("could") || p.lower[i - 1].equals("can"));
        if (!modal) {
            return false;
        }
        int cs = speakers.clauseStart(p, i);
        return cs > p.sentenceFirst(p.sentence[i]) && cs - 1 >= 0 && (p.isPunct(cs - 1, ',') || p.isWord(cs - 1)
                && (p.lower[cs - 1].equals("and") || p.lower[cs - 1].equals("so")));
    }

    /**
     * "not spoken to yet, he's been excluded", "not seen; she was in hospital": after the contact verb, a clause of
     * its own whose subject is a third-person pronoun gives the reason.
     */
    private static boolean reasonClauseAfter(Passage p, int k) {
        int to = p.sentenceEnd(p.sentence[k]);
        for (int m = k + 1; m < to && m <= k + 8; m++) {
            if (p.quoted[m]) {
                return false;
            }
            if (p.isPunct(m, '(') && m + 1 < to && p.isWord(m + 1) && !p.lower[m + 1].startsWith("p-")
                    && p.lower[m + 1].chars().noneMatch(Character::isDigit)) {
                return true; // "Yet to speak with Mia (off sick)"
            }
            if (p.isWord(m) && (p.lower[m].equals("before") || p.lower[m].equals("when")) && m + 2 < to
                    && p.isWord(m + 1) && p.isWord(m + 2)) {
                String w = p.lower[m + 1];
                if (w.equals("he") || w.equals("she") || w.equals("they") || w.startsWith("he'") || w.startsWith("she'")) {
                    return true; // "no chance to speak to her before she left"
                }
            }
            if (p.isPunct(m, ',') || p.isPunct(m, ';') || p.isPunct(m, '-') || p.isPunct(m, '(')
                    || p.isPunct(m, '\u2013')) {
                if (m + 1 >= to || !p.isWord(m + 1)) {
                    return false;
                }
                String w = p.lower[m + 1];
                return switch (w) {
                    case "he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they'd", "they've", "he'll",
                         "she'll" -> m + 2 < to || w.indexOf('\'') > 0;
                    default -> false;
                };
            }
        }
        return false;
    }

    /** A reason in the sentence of token {@code i}: "as", "because", "since", "due to", "so", "in line with", a colon. */
    private static boolean reasonInSentence(Passage p, int i) {
        int s = p.sentence[i];
        int to = p.sentenceEnd(s);
        for (int m = p.sentenceFirst(s); m < to; m++) {
            if (p.quoted[m]) {
                continue;
            }
            if (p.isPunct(m, ':')) {
                return true;
            }
            if (!p.isWord(m)) {
                continue;
            }
            switch (p.lower[m]) {
                case "as", "because", "since", "due", "so", "cos", "given", "following", "until", "while", "whilst",
                     "therefore", "hence" -> {
                    return true;
                }
                case "in" -> {
                    if (m + 2 < to && p.isWord(m + 2) && p.lower[m + 1].equals("line") && p.lower[m + 2].equals("with")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * A plan to hear the child after "will" / "shall" / "tutor to" at {@code i}: "will speak to her tomorrow", "will
     * sit with him after lunch", "will try to talk to her". After a state that kept the child from talking ({@code
     * state} &gt;= 0: "Jude was sobbing"), a plan without a person also counts: "will try again tomorrow".
     */
    private int[] plannedConversation(Passage p, int i, int state, RuleContext ctx) {
        int k = i + 1;
        while (k < p.size && k <= i + 5 && p.isWord(k)) {
            String t = p.lower[k];
            if (switch (t) {
                case "then", "also", "try", "attempt", "to", "aim", "hopefully", "need", "be", "look", "go", "come",
                     "back", "and", "pop", "return", "again", "first", "personally", "both", "gently" -> true;
                default -> false;
            }) {
                if ((t.equals("try") || t.equals("attempt")) && state >= 0 && k + 1 < p.size && p.isWord(k + 1)
                        && p.lower[k + 1].equals("again")) {
                    return new int[] {speakers.clauseStart(p, state), k + 1};
                }
                k++;
                continue;
            }
            break;
        }
        if (k >= p.size || !p.isWord(k)) {
            return null;
        }
        if (k > i + 1 && p.lower[k - 1].equals("be") && plannedPassive(p, k) && subjectIsChild(p, i, ctx)) {
            return new int[] {speakers.clauseStart(p, i), k}; // "Zoe will be spoken to tomorrow"
        }
        if ((marks(p, ctx)[k] & planVerb) == 0) {
            return null;
        }
        Speakers.Who object = objectAfter(p, k, ctx);
        if (object == Speakers.Who.CHILD) {
            return new int[] {speakers.clauseStart(p, i), Math.min(p.size - 1, objectEnd(p, k))};
        }
        if (state >= 0 && object == Speakers.Who.NONE) {
            return new int[] {speakers.clauseStart(p, state), k};
        }
        return null;
    }

    /** "will be spoken to", "will be asked", "will be seen" (not "seen by the GP"): the child will be heard. */
    private static boolean plannedPassive(Passage p, int k) {
        return switch (p.lower[k]) {
            case "spoken", "asked", "interviewed", "consulted", "questioned" -> true;
            case "seen", "met", "visited" -> !(k + 1 < p.size && p.isWord(k + 1) && p.lower[k + 1].equals("by"));
            default -> false;
        };
    }

    private int[] marks(Passage p, RuleContext ctx) {
        return lex.marks(p, ctx);
    }

    /** The person a contact verb at {@code k} is directed at (skipping to/with/about/or/and other verbs). */
    private Speakers.Who objectAfter(Passage p, int k, RuleContext ctx) {
        for (int j = k + 1; j < p.size && j <= k + 4; j++) {
            if (!p.isWord(j) || p.quoted[j]) {
                return Speakers.Who.NONE;
            }
            String t = p.lower[j];
            switch (t) {
                case "to", "with", "or", "and", "yet", "properly", "directly", "the", "his", "their", "up", "in" -> {
                    continue;
                }
                case "him", "her", "them" -> {
                    if (j + 1 < p.size && p.isWord(j + 1) && (speakers.is(p, j + 1, speakers.inAdults, ctx)
                            || speakers.is(p, j + 1, speakers.inOtherPupils, ctx))) {
                        continue;
                    }
                    return Speakers.Who.CHILD;
                }
                default -> {
                }
            }
            if (speakers.is(p, j, speakers.inContactVerbs, ctx)) {
                continue;
            }
            if (speakers.is(p, j, speakers.inWriter, ctx)) {
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
