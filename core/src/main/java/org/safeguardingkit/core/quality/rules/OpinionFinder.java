package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.text.AnalysedText;
import org.safeguardingkit.core.text.LexiconEntry;
import org.safeguardingkit.core.text.LexiconMatch;
import org.safeguardingkit.core.text.ReportedSpeech;
import org.safeguardingkit.core.text.Sentence;
import org.safeguardingkit.core.text.TextSpan;
import org.safeguardingkit.core.text.Token;
import org.safeguardingkit.core.text.TokenKind;
import org.safeguardingkit.core.text.WorkMeter;

/**
 * Decides which lexicon matches in a text are the writer's own unlabelled opinion (internal to
 * {@link FactOpinionRule}). One sweep over the matches in text order; every scan is bounded, so the work is
 * linear in the text.
 */
final class OpinionFinder {

    /** One opinion found: tokens, severity, why and what to write instead. */
    record Opinion(int firstToken, int endToken, TextSpan span, String category, Severity severity, String message,
                   String suggestion) {
    }

    private static final Set<String> COPULA = words(
            "is", "was", "are", "were", "be", "been", "being", "am", "become", "becomes", "became", "becoming", "seem",
            "seems", "seemed", "appear", "appears", "appeared", "look", "looks", "looked", "looking", "get", "gets", "got",
            "getting", "acting", "act", "acts", "acted", "behaving", "remains", "remained", "sounds", "sounded", "im",
            "arrived", "arrives", "arriving", "presented", "presents", "presenting", "returned", "turned", "showed", "came",
            "comes", "coming", "come", "went", "goes",
            "isnt", "wasnt", "arent", "werent",
            "="); // a note's shorthand: "mum = useless"
    private static final Set<String> DEGREE = words(
            "very", "so", "really", "extremely", "quite", "just", "too", "totally", "completely", "utterly", "absolutely",
            "incredibly", "pretty", "rather", "such", "real", "proper", "bit", "little", "right", "extra", "particularly",
            "especially", "increasingly", "often", "sometimes", "generally", "usually", "also", "still", "now", "even", "more",
            "most", "a", "an", "the", "one", "of", "being", "been", "always", "clearly", "obviously", "definitely",
            "definately", "certainly", "probably", "quite", "somewhat", "slightly", "bit", "fairly", "highly", "deeply",
            "seriously", "genuinely", "truly", "actually", "basically", "simply", "compulsive", "serial", "total", "complete",
            "absolute", "utter", "big", "massive", "nasty", "horrible", "typical", "and", "or", "at", "times", "up", "in",
            "across", "as", "into", "school", "today", "this", "morning", "again");
    private static final Set<String> PERSON_NOUNS = words(
            "boy", "girl", "child", "kid", "lad", "lads", "man", "woman", "parent", "parents", "mum", "mother", "dad",
            "father", "family", "individual", "character", "person", "pupil", "student", "crowd", "group", "behaviour",
            "behavior", "boys", "girls", "children", "kids", "people", "young", "household", "home", "bunch", "gang",
            "crew", "mob", "lot", "sort", "type", "one", "ones");
    private static final Set<String> HAVE = words(
            "has", "have", "had", "having", "with", "suffers", "suffering", "suffer", "got", "gets", "hes", "shes", "theyve",
            "hed", "shed");
    private static final Set<String> CONDITION_SKIP = words(
            "a", "an", "serious", "severe", "real", "undiagnosed", "some", "major", "big", "clear", "obvious", "significant",
            "definite", "massive", "really", "bad", "terrible", "huge", "such", "obviously", "clearly", "definitely",
            "probably", "also", "got", "proper", "quite", "very");
    private static final Set<String> DIAGNOSIS_BASIS = words(
            "diagnosis", "diagnosed", "diagnoses", "letter", "ehcp", "gp", "camhs", "paediatrician", "consultant", "confirmed",
            "assessed", "assessment", "file", "record", "records", "medical", "known", "plan", "iep", "senco", "report");
    private static final Set<String> BE = words(
            "being", "been", "is", "was", "are", "were", "be", "get", "gets", "got", "getting", "become", "became", "im",
            "isnt", "wasnt");
    private static final Set<String> NOT_HARM_BEFORE = words(
            "of", "from", "about", "avoid", "prevent", "stop", "risk", "without", "against", "protect", "protected", "fear",
            "fears", "worried", "scared", "afraid", "concern", "concerns", "concerned", "worry", "worries", "like", "enjoy",
            "enjoys", "hates", "hate", "mind", "than", "after", "before", "when", "while", "avoided", "avoids");
    private static final Set<String> MANNER_BEFORE = words(
            "explained", "explain", "explains", "said", "say", "says", "spoke", "speak", "speaks", "stated", "state", "written",
            "labelled", "marked", "visible", "heard", "seen", "see", "hear", "shown", "showed", "show", "displayed", "told",
            "described", "describe", "answered", "read", "write", "wrote", "set", "communicated", "expressed", "express",
            "articulated", "remember", "remembered", "recall", "recalled", "could", "can", "identified", "recorded",
            "documented", "outlined", "defined", "understood", "understand", "understands", "knew", "know", "asked",
            "signposted", "presented", "laid", "displayed", "explaining", "speaking", "talking", "talked");
    private static final Set<String> MANNER_AFTER = words(
            "visible", "audible", "labelled", "marked", "written", "heard", "seen", "explained", "stated", "displayed",
            "shown", "identifiable", "defined", "documented", "recorded", "set", "and", "see", "hear", "remember", "recall",
            "understood", "understand", "identified", "outlined", "told", "said", "state", "explain", "communicate",
            "legible", "readable", "shows", "show", "showed", "shown", "states", "says", "indicates", "indicated", "depicts",
            "captured", "captures", "records", "recorded", "displays", "sets", "outlines", "describes", "described",
            "identifies");
    private static final Set<String> AUX = words(
            "is", "was", "are", "were", "being", "been", "be", "not", "has", "have", "had", "did", "does", "do", "just",
            "still", "now", "also", "really", "hes", "shes", "its", "im", "theyre", "doesnt", "dont", "didnt", "cant", "cannot",
            "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "wont", "couldnt", "can", "could", "will", "would");
    private static final Set<String> EXTENT_STOP = words(
            "by", "of", "for", "with", "from", "about", "at", "in", "during", "after", "before", "because", "as", "when",
            "and", "but", "either", "too", "again", "since", "while", "if", "so", "which", "who", "though", "although",
            "towards", "toward", "than", "then", "until", "today", "yesterday");
    private static final Set<String> PAST = words(
            "was", "were", "had", "did", "went", "came", "said", "got", "made", "took", "saw", "told", "left", "ate", "wore",
            "brought", "sat", "ran", "gave", "kept", "knew", "thought", "felt", "found", "been", "used", "met", "heard",
            "wanted", "seemed", "spoke", "wrote", "sent", "put", "let", "got", "lost", "won", "came", "became", "did");
    private static final Set<String> GENERAL_NOT_BEFORE = words(
            "has", "have", "had", "ive", "weve", "theyve", "hes", "shes", "hasnt", "havent", "will", "would", "can", "could",
            "should", "must", "might", "shall", "i", "we", "you", "as", "almost", "nearly", "not", "id", "wed", "ill", "well",
            "youll");
    private static final Set<String> DETERMINERS = words(
            "the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that", "these", "those", "its", "some",
            "any", "no", "every", "each");
    private static final Set<String> FRAME_STARTS = words(
            "i", "my", "im", "id", "ive", "it", "its", "chances", "odds", "in", "personally", "we");
    private static final Set<String> EVIDENCE_FOLLOWS = words(
            "cctv", "photos", "photographs", "messages", "records", "footage", "screenshots", "video", "evidence",
            "recording", "recordings", "camera", "cameras", "register", "log", "texts", "posts", "chat", "chats", "photo",
            "pictures", "images", "report", "letter", "bodycam", "videos");
    /** Determiners before the evidence named after "clearly on" / "clearly from". */
    private static final Set<String> EVIDENCE_DETERMINERS = words("the", "his", "her", "their", "these", "this", "those");

    /**
     * Whether evidence is named at {@code k}, after "clearly on" / "clearly from": "clearly on the CCTV", "clearly from
     * his messages", "clearly from what she said"; not "definitely on the spectrum".
     */
    private static boolean evidenceFollows(AnalysedText at, int k, Sentence s) {
        String w = at.key(k);
        if (w.equals("what")) {
            return true;
        }
        if (EVIDENCE_DETERMINERS.contains(w)) {
            return k + 1 < s.endToken() && EVIDENCE_FOLLOWS.contains(at.key(k + 1));
        }
        return EVIDENCE_FOLLOWS.contains(w);
    }

    private static final Set<String> GERUND_PREPOSITIONS = words(
            "for", "of", "about", "at", "by", "from", "without", "on", "with");
    private static final Set<String> OWN_SIDE = words("i", "we", "staff", "school", "dsl", "us", "team", "teachers");
    private static final Set<String> NEUTRAL_IMPRESSIONS = words(
            "settled", "happy", "calm", "well", "content", "cheerful", "comfortable", "relaxed",
            "better", "brighter", "engaged", "focused", "focussed", "positive", "keen", "pleased", "safe", "healthy",
            "interested", "confident", "more", "much", "fit", "normal", "asleep", "awake", "unhurt", "uninjured", "empty",
            "alone", "unharmed", "intact", "closed", "locked", "open", "clean", "tidy", "dry", "warm");
    private static final Set<String> TO_PERSON = words(
            "the", "her", "him", "them", "me", "us", "staff", "his", "their", "everyone", "others", "people", "pupils",
            "other", "anyone", "adults", "teachers", "mum", "dad", "parents", "children", "younger");
    private static final Set<String> LABEL_NEXT_BLOCK = words("eye", "eyes", "susan");
    private static final Set<String> WRITER_INSTRUCTING = words(
            "explained", "explain", "reminded", "warned", "advised", "reassured", "challenged", "discussed");
    private static final Set<String> NP_PREPOSITIONS = words("in", "of", "at", "from", "with", "on");
    private static final Set<String> SMELL_WORDS = words("stinks", "stank", "stinking", "reeks", "reeked");
    private static final Set<String> ARRIVAL = words(
            "turned", "arrived", "arrives", "came", "comes", "showed", "presented", "returned", "appeared", "walked",
            "staggered", "rolled");
    private static final Set<String> PLACE_NOUNS = words("tip", "pigsty", "dump", "shambles");
    private static final Set<String> TYPICAL_NOT_BEFORE = words(
            "signs", "sign", "symptoms", "symptom", "indicators", "indicator", "features", "example", "examples", "day",
            "days", "week", "pattern", "patterns", "development", "range", "age", "presentation", "behaviours");
    private static final Set<String> SUBJECT_SKIP = words(
            "also", "still", "now", "always", "not", "just", "often", "sometimes", "usually", "never", "really", "then",
            "can", "could", "will", "would", "may", "might", "has", "have", "had", "been", "being", "both", "all", "must",
            "should", "probably", "clearly", "obviously", "definitely", "certainly", "generally", "very", "was", "is", "are",
            "were", "be", "get", "got", "gets", "getting", "seems", "seemed", "appears", "appeared", "became", "becomes",
            "did", "does", "do", "whole", "entire");
    private static final Set<String> NON_PERSON = words(
            "it", "there", "this", "that", "which", "what", "everything", "nothing", "something", "anything", "its", "theres",
            "thats", "whats", "heres", "lets");
    private static final Set<String> NON_PERSON_CAPS = words(
            "maths", "math", "english", "science", "pe", "art", "music", "history", "geography", "french", "spanish", "drama",
            "computing", "re", "pshe", "rse", "technology", "dt", "lunch", "break", "assembly", "registration", "today",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "home", "school", "cctv",
            "it", "this", "that", "there", "which", "what", "everything", "nothing", "something", "anything");
    private static final Set<String> PERSON_SUBJECTS = words(
            "he", "she", "they", "i", "you", "we", "who", "him", "her", "them", "everyone", "everybody", "someone", "somebody",
            "nobody", "both", "mum", "mummy", "mom", "mother", "dad", "daddy", "father", "parent", "parents", "family",
            "families", "boy", "girl", "child", "children", "kid", "kids", "lad", "lads", "man", "men", "woman", "women",
            "partner", "boyfriend", "girlfriend", "brother", "sister", "sibling", "carer", "gran", "nan", "nanny", "grandma",
            "grandad", "grandpa", "grandparents", "uncle", "aunt", "auntie", "stepdad", "stepmum", "household", "pupil",
            "student", "friend", "friends", "group", "staff", "teacher", "people", "person", "baby", "toddler", "teenager",
            "cousin", "neighbour", "youngster", "one", "others", "crowd", "gang", "mates", "class", "adults", "adult",
            "girls", "boys", "pupils", "students", "lot", "behaviour", "behavior", "attitude", "conduct", "parenting",
            "temper", "manner", "language");
    private static final Set<String> FOLLOW_OK = words(
            "and", "or", "but", "to", "towards", "toward", "with", "at", "in", "on", "about", "of", "for", "when", "because",
            "as", "if", "so", "then", "again", "today", "yesterday", "tonight", "this", "last", "all", "every", "during",
            "throughout", "around", "lately", "recently", "now", "by", "from", "since", "while", "after", "before", "until",
            "like", "too", "though", "although", "either", "most", "sometimes", "whenever", "than", "that", "which", "who",
            "enough", "nowadays", "anymore", "again", "over", "whilst", "once", "even", "too", "up", "off", "out", "there",
            "here", "indeed", "overall", "generally", "really", "these", "home", "is", "was", "are", "were", "and");
    private static final Set<String> VERB_OBJECT = words(
            "to", "the", "a", "an", "his", "her", "their", "my", "him", "them", "me", "us", "it", "this", "that", "some",
            "other", "others", "people", "everyone", "staff", "pupils", "children", "younger", "girls", "boys", "mum", "dad");
    private static final Set<String> ROUTINE_VERBS = words(
            "gets", "walks", "goes", "takes", "comes", "brings", "wears", "eats", "sits", "arrives", "leaves", "uses",
            "catches", "travels", "stays", "sleeps", "visits", "attends", "collects", "drops", "picks", "phones", "calls",
            "rings", "checks", "says", "tells", "asks", "speaks", "talks", "lives", "plays", "reads", "carries", "keeps",
            "get", "walk", "go", "take", "come", "bring", "wear", "eat", "sit", "arrive", "leave", "use", "attend", "collect",
            "check", "speak", "talk", "live", "play", "read", "carry", "keep", "see", "sees", "meets", "meet");
    private static final Set<String> STRONG_GENERALISATIONS = words(
            "constantly", "continually", "perpetually", "forever", "incessantly", "endlessly", "relentlessly");
    private static final Set<String> GENERAL_NOT_AFTER = words(
            "and", "but", "or", "at", "in", "on", "for", "during", "throughout", "since", "when", "with", "through", "from",
            "all", "every", "so", "because", "until", "before", "after", "while", "as", "the", "a", "an", "there", "here");
    private static final Set<String> IRREGULAR_PARTICIPLES = words(
            "done", "seen", "told", "kept", "made", "sent", "given", "taken", "shown", "put", "set", "read", "heard", "left",
            "held", "brought", "written", "known", "paid", "met", "spoken", "found", "sought", "taught", "caught", "bought",
            "aware", "careful", "clear", "able", "present", "available", "supervised", "sure", "safe");
    private static final Set<String> APPEAR_SKIP = words(
            "very", "quite", "a", "bit", "really", "rather", "slightly", "extremely", "so", "somewhat", "little", "more",
            "less", "fairly", "pretty", "to", "be", "have", "been", "almost");
    private static final Set<String> APPEAR_NOT = words(
            "a", "an", "the", "this", "that", "his", "her", "their", "my", "at", "on", "in", "to", "from", "with", "by", "for",
            "as", "when", "and", "but", "if", "whether", "there", "here", "out", "before", "after", "behind", "through",
            "under", "over", "into", "onto", "some", "any", "no", "it", "on", "up", "down", "around", "briefly", "online",
            "later", "earlier", "again", "twice", "once", "then", "so");
    private static final Set<String> STATE_NEXT_BLOCK = words(
            "risk", "health", "school", "level", "levels", "priority", "needs", "temperature", "up", "alert", "profile",
            "vis", "visibility", "street", "road", "chair", "five", "fives", "pitched", "volume");
    private static final Set<String> LYING_PLACE = words(
            "on", "in", "under", "down", "across", "face", "flat", "there", "still", "next", "beside", "near", "outside",
            "inside", "at", "by", "awake", "asleep", "back", "against", "motionless", "around", "about", "low", "in",
            "underneath", "curled", "with");
    private static final Set<String> AS_BASIS_NEXT = words(
            "he", "she", "they", "it", "i", "we", "there", "this", "that", "his", "her", "their", "its", "the", "my", "mum",
            "dad", "when", "both", "all", "our", "these", "those", "staff", "someone", "nobody", "no", "neither", "none");
    private static final Set<String> AS_BASIS_COUNTS = words(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "a", "an",
            "another", "other", "pupils", "students", "witnesses", "cctv", "messages", "screenshots", "police");
    /** Nouns that make a condition part of a compound: "autism awareness", "ADHD assessment", "anxiety workshop". */
    private static final Set<String> CONDITION_COMPOUNDS = words(
            "awareness", "training", "team", "service", "services", "outreach", "refresher", "unit", "base", "specialist",
            "nurse", "assessment", "assessments", "pathway", "support", "friendly", "lead", "champion", "course", "clinic",
            "screening", "referral", "workshop", "group", "charity", "medication", "meds", "plan", "passport", "hub");
    private static final Set<String> GIVEN_NEXT = words("that", "the", "his", "her", "their", "how", "what", "this", "these");
    private static final Set<String> SENTENCE_BASIS_START = words("as", "because", "given", "since", "based", "due", "following");

    private OpinionFinder() {
    }

    static List<Opinion> find(AnalysedText at, List<LexiconMatch> matches) {
        List<Token> tokens = at.tokens();
        int n = tokens.size();
        List<Opinion> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        // per token: the word flags of its key, and W_JUDGEMENT where a judgement match covers it (a byte each)
        byte[] flags = new byte[n];
        int[] byId = at.vocabulary() == Lexicon.vocabulary() ? FlagsById.FLAGS : null;
        if (byId != null) {
            // the tokens' ids in the rules' vocabulary, found while tokenising: no probe
            for (int i = 0; i < n; i++) {
                flags[i] = (byte) byId[at.wordId(i) + 1];
            }
        } else {
            for (int i = 0; i < n; i++) {
                flags[i] = (byte) WORDS.get(at.key(i), at.keyHash(i));
            }
        }
        for (LexiconMatch m : matches) {
            String c = m.category();
            if (c.equals("label") || c.equals("predicate") || c.equals("state") || c.equals("emotive")) {
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    flags[i] |= W_JUDGEMENT;
                }
            }
        }
        Basis lastBasis = new Basis(at, flags);
        Whose whose = new Whose(at);
        List<LexiconMatch> labels = personLabels(at, flags);
        List<LexiconMatch> sorted;
        if (labels.isEmpty() && inOrder(matches)) {
            sorted = matches; // as the lexicon gives them (the usual case): sorting would leave them as they are
        } else {
            sorted = new ArrayList<>(matches);
            sorted.addAll(labels);
            sorted.sort(MATCH_ORDER);
        }
        int suppressEnd = -1;
        int sentenceOfLast = -1;
        boolean findingInSentence = false;
        int lastFindingSentence = -2;
        WorkMeter meter = at.meter();
        meter.add(n + sorted.size());
        for (LexiconMatch m : sorted) {
            meter.add(1);
            int f = m.firstToken();
            Sentence s = at.sentenceOf(f);
            if (s.index() != sentenceOfLast) {
                sentenceOfLast = s.index();
                findingInSentence = false;
            }
            // "Mum was abusive on the phone. Junior is the same.": a short continuation opening the next sentence
            boolean labelBefore = findingInSentence
                    || lastFindingSentence == s.index() - 1 && f - s.firstToken() <= 3;
            if (f < suppressEnd) {
                continue;
            }
            // judge before asking whose words these are: most matches are ruled out by their context, and the
            // reported-speech analysis isWriters needs is then never computed for texts with no candidate at all
            Candidate c = judge(at, m, s, lastBasis, flags, labelBefore);
            if (c == null || !whose.isWriters(m)) {
                continue;
            }
            suppressEnd = Math.max(suppressEnd, Math.max(c.suppressUntil, c.end));
            if (c.severity == null) {
                continue; // a hedge with its basis: not flagged, but its scope is covered
            }
            Opinion previous = out.isEmpty() ? null : out.get(out.size() - 1);
            TextSpan span = TextSpan.of(at.text(), tokens.get(c.first).start(), tokens.get(c.end - 1).end());
            if (previous != null && previous.endToken() >= c.first) {
                // overlaps the previous opinion: widen it
                int end = Math.max(previous.endToken(), c.end);
                TextSpan merged = TextSpan.of(at.text(), previous.span().start(), tokens.get(end - 1).end());
                out.set(out.size() - 1, new Opinion(previous.firstToken(), end, merged, previous.category(),
                        previous.severity(), previous.message(), previous.suggestion()));
                continue;
            }
            String message = c.severity == Severity.INFO
                    ? FactOpinionRule.labelledMessage(span.text())
                    : FactOpinionRule.message(c.category, span.text());
            out.add(new Opinion(c.first, c.end, span, c.category, c.severity, message, m.entry().suggestion()));
            findingInSentence = true;
            lastFindingSentence = s.index();
        }
        return out;
    }

    /** Whether the matches are already in {@link #MATCH_ORDER}, so that a (stable) sort would not move any. */
    private static boolean inOrder(List<LexiconMatch> matches) {
        for (int i = 1; i < matches.size(); i++) {
            if (MATCH_ORDER.compare(matches.get(i - 1), matches.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static final LexiconEntry PERSON_LABEL = LexiconEntry.of("a <adjective> <person>", "label",
            "Describe what the person did or said instead of characterising them.");
    private static final Set<String> NEUTRAL_ADJECTIVES = words(
            "new", "young", "younger", "older", "old", "little", "small", "tall", "short", "local", "single", "lone", "teenage",
            "foster", "adopted", "looked", "first", "second", "third", "only", "quiet", "shy", "disabled", "deaf", "blind",
            "premature", "twin", "working", "full", "part", "unaccompanied", "asylum", "refugee", "vulnerable", "year",
            "current", "former", "previous", "british", "big", "same", "different", "other", "another", "known", "named",
            "unknown", "unnamed", "unidentified", "unfamiliar", "adult", "elderly", "local", "random", "strange",
            "eldest", "oldest", "youngest", "middle", "primary", "secondary", "sixth", "nursery", "reception", "male", "female",
            "trans", "gay", "lesbian", "bisexual", "nonbinary", "grieving", "bereaved", "pregnant", "sick", "ill", "poorly",
            "injured", "traveller", "young", "step", "birth", "biological", "teen", "key", "lead", "duty", "school", "class",
            "form", "supply", "trainee", "student", "senior", "junior", "deputy", "head", "assistant", "single", "care",
            "experienced", "carer", "lovely", "nice", "kind", "bright", "clever", "good", "sweet", "polite", "caring",
            "helpful", "friendly", "happy", "pleasant", "delightful", "hardworking", "hard", "popular", "capable", "able",
            "gifted", "talented", "confident", "bubbly", "chatty", "sociable", "lively", "loving", "devoted", "supportive",
            "great", "wonderful", "fantastic", "brilliant", "excellent", "conscientious", "sensible", "mature", "responsible",
            "settled", "healthy", "well", "very", "really", "quite", "fairly", "typical", "normal", "average", "model",
            "brave", "articulate", "creative", "sporty", "keen", "enthusiastic", "motivated", "reliable", "trusted", "young",
            "and", "or", "gentle", "calm", "thoughtful", "considerate", "behaved", "respectful", "cheerful", "smiley",
            "independent", "resilient", "determined", "likeable", "loyal", "honest", "trustworthy", "warm", "affectionate",
            "able", "academic", "quick", "bilingual", "new", "recent", "regular", "strong", "tiny", "large", "slim",
            "patient", "generous", "organised", "punctual", "dedicated", "attentive", "focused", "improved", "cooperative",
            "empathetic", "committed", "reflective", "courteous", "diligent", "inspiring", "valued", "promising");
    private static final Set<String> PERSON_LABEL_NOUNS = words(
            "child", "boy", "girl", "man", "woman", "lad", "lady", "kid", "mum", "mother", "dad", "father", "parent",
            "individual", "character", "person", "family", "teenager", "youngster", "soul", "madam", "specimen", "home",
            "background", "household", "lot", "crowd", "group", "parents", "people", "bunch", "gang", "crew", "mob",
            "thing", "creature");

    private static final LexiconEntry INTENSIFIED = LexiconEntry.of("such a <noun> / so <adjective>", "label",
            "Describe what the person did or said instead of characterising them.");

    /** "is an anxious child", "is an angry young man": a characterisation of a person, whatever the adjective. */
    private static List<LexiconMatch> personLabels(AnalysedText at, byte[] flags) {
        List<Token> tokens = at.tokens();
        List<LexiconMatch> out = new ArrayList<>();
        int n = tokens.size();
        fragmentLabels(at, flags, out);
        for (int i = 1; i + 1 < n; i++) {
            int fl = flags[i];
            if ((fl & (W_INTENSIFIED_START | W_A_AN)) == 0) {
                continue; // most tokens: neither branch below can apply
            }
            if ((fl & W_INTENSIFIED_START) != 0) {
                intensified(at, i, out);
            }
            if (i + 2 >= n) {
                continue;
            }
            if ((fl & W_A_AN) == 0 || !isCopula(at, i - 1) && (flags[i - 1] & W_FROM) == 0) {
                continue;
            }
            int j = i + 1;
            int adjectives = 0;
            boolean judgemental = false;
            while (j < n && adjectives < 3) {
                Token t = tokens.get(j);
                if (t.kind() != TokenKind.WORD || t.isCapitalised() || PERSON_LABEL_NOUNS.contains(at.key(j))) {
                    break;
                }
                if (!NEUTRAL_ADJECTIVES.contains(at.key(j))) {
                    judgemental = true;
                }
                adjectives++;
                j++;
            }
            if (adjectives == 0 || !judgemental || j >= n || !PERSON_LABEL_NOUNS.contains(at.key(j))) {
                continue;
            }
            Sentence s = at.sentenceOf(i);
            if (j >= s.endToken() || isCopula(at, i - 1) && !subjectIsPerson(at, i - 1, s)) {
                continue;
            }
            out.add(new LexiconMatch(PERSON_LABEL, i, j + 1,
                    TextSpan.of(at.text(), tokens.get(i).start(), tokens.get(j).end())));
        }
        return out;
    }

    /**
     * "He is such a pain", "She is so rude", "a bit of a ...": a copula with a person subject, then "such a" or
     * "so" or "a bit of a" and a word that is not a neutral state ("so upset", "so tired" are observations).
     */
    /** "Silly boy.", "Naughty girl!": a sentence that is only a judgement of a person. */
    private static final Set<String> FRAGMENT_PERSONS = words(
            "child", "boy", "girl", "lad", "kid", "lass", "man", "woman", "madam", "individual", "character", "specimen");

    private static void fragmentLabels(AnalysedText at, byte[] flags, List<LexiconMatch> out) {
        List<Token> tokens = at.tokens();
        for (Sentence s : at.sentences()) {
            int first = s.firstToken();
            int end = s.endToken();
            while (end > first && !tokens.get(end - 1).isWordLike()) {
                end--;
            }
            int words = end - first;
            if (words < 2 || words > 3) {
                continue;
            }
            Token noun = tokens.get(end - 1);
            if ((flags[end - 1] & W_FRAGMENT_PERSON) == 0 || noun.isCapitalised()) {
                continue;
            }
            boolean judgemental = false;
            boolean ok = true;
            for (int j = first; j < end - 1; j++) {
                Token t = tokens.get(j);
                String k = at.key(j);
                if (t.kind() != TokenKind.WORD || j > first && t.isCapitalised() || DETERMINERS.contains(k)
                        || PERSON_SUBJECTS.contains(k)) {
                    ok = false;
                    break;
                }
                if (!NEUTRAL_ADJECTIVES.contains(k) && !k.equals("poor")) {
                    judgemental = true;
                }
            }
            if (ok && judgemental && !at.isTokenQuoted(first)) {
                out.add(new LexiconMatch(PERSON_LABEL, first, end,
                        TextSpan.of(at.text(), tokens.get(first).start(), noun.end())));
            }
        }
    }

    /** Called only for a word of {@link #INTENSIFIED_STARTS} (its token's flag {@code W_INTENSIFIED_START}). */
    private static void intensified(AnalysedText at, int i, List<LexiconMatch> out) {
        List<Token> tokens = at.tokens();
        int n = tokens.size();
        String k = at.key(i);
        int head;
        if (k.equals("such") && i + 2 < n && (at.key(i + 1).equals("a") || at.key(i + 1).equals("an"))) {
            head = i + 2;
        } else if ((k.equals("so") || STRONG_DEGREE.contains(k)) && i + 1 < n) {
            head = i + 1;
        } else if (NOUN_INTENSIFIERS.contains(k) && i >= 2 && i + 1 < n
                && (at.key(i - 1).equals("a") || at.key(i - 1).equals("an"))) {
            head = i + 1; // "a complete idiot", "a proper little thug", "a massive gossip"
            while (head + 1 < n && NOUN_INTENSIFIERS.contains(at.key(head))) {
                head++;
            }
        } else if (k.equals("bit") && i >= 2 && at.key(i - 1).equals("a") && i + 3 < n
                && at.key(i + 1).equals("of") && at.key(i + 2).equals("a")) {
            head = i + 3;
        } else if (k.equals("bit") && i >= 2 && at.key(i - 1).equals("a") && i + 1 < n
                && !at.key(i + 1).equals("of")) {
            head = i + 1; // "she is a bit desperate"
        } else {
            return;
        }
        int start = k.equals("bit") || NOUN_INTENSIFIERS.contains(k) ? i - 1 : i;
        if (start < 1) {
            return;
        }
        int copula = start - 1;
        String before = at.key(copula);
        if (!k.equals("so") && (before.equals("and") || before.equals("but") || tokens.get(copula).text().equals(","))) {
            // "very naive and a bit desperate": the copula of the first conjunct
            copula = -1;
            for (int b = start - 2, seen = 0; b >= 0 && seen < 8; b--, seen++) {
                Token x = tokens.get(b);
                if (x.kind() == TokenKind.PUNCTUATION && !x.text().equals(",")) {
                    break;
                }
                if (isCopula(at, b)) {
                    copula = b;
                    break;
                }
            }
            if (copula < 0) {
                return;
            }
        } else if (!isCopula(at, copula)) {
            return;
        }
        Token h = tokens.get(head);
        if (NOUN_INTENSIFIERS.contains(k) && (at.key(head).equals("bit") || at.key(head).equals("while") || at.key(head).equals("more")
                || at.key(head).equals("less") || at.key(head).equals("of") || !h.isWordLike())) {
            return; // "a little bit", "a little while"
        }
        if (STRONG_DEGREE.contains(k) && (at.key(head).endsWith("ed") || FOLLOW_OK.contains(at.key(head)) || at.key(head).endsWith("ing") || at.key(head).endsWith("en")
                || OBSERVED_STATES.contains(at.key(head)) || STRONG_DEGREE.contains(at.key(head)))) {
            return; // "was completely soaked", "is extremely distressed": what was seen, not a characterisation
        }
        if (h.kind() != TokenKind.WORD || h.isCapitalised() || NEUTRAL_STATES.contains(at.key(head))
                || DETERMINERS.contains(at.key(head)) || PERSON_SUBJECTS.contains(at.key(head))
                || NEUTRAL_ADJECTIVES.contains(at.key(head)) || isAdverb(h) || AUX.contains(at.key(head))) {
            return;
        }
        Sentence s = at.sentenceOf(i);
        if (head >= s.endToken() || copula < s.firstToken() || !subjectIsPerson(at, copula, s) || at.isNegated(start)) {
            return;
        }
        int end = head + 1;
        if (end < s.endToken() && (PERSON_LABEL_NOUNS.contains(at.key(end)) || PERSON_NOUNS.contains(at.key(end)))) {
            end++;
        }
        out.add(new LexiconMatch(INTENSIFIED, start, end, TextSpan.of(at.text(), tokens.get(start).start(),
                tokens.get(end - 1).end())));
    }

    /** Degree words that, after "is/was" with a person subject, make whatever adjective follows a characterisation. */
    private static final Set<String> STRONG_DEGREE = words(
            "totally", "completely", "utterly", "absolutely", "incredibly", "extremely", "ridiculously", "unbelievably",
            "really", "thoroughly", "downright", "seriously", "massively", "hugely", "insanely", "very");
    /** Words between "a" and a noun that make the noun a characterisation: "a complete idiot", "a little cow". */
    private static final Set<String> NOUN_INTENSIFIERS = words(
            "complete", "total", "absolute", "utter", "proper", "right", "massive", "little", "nasty", "horrible",
            "typical", "born", "natural", "serial", "compulsive", "pathological", "habitual", "chronic", "notorious");
    /** Every word {@link #intensified} can start from: "such", "so", "bit", strong degree words, noun intensifiers. */
    private static final Set<String> INTENSIFIED_STARTS = intensifiedStarts();

    private static Set<String> intensifiedStarts() {
        java.util.Set<String> all = new java.util.HashSet<>(STRONG_DEGREE);
        all.addAll(NOUN_INTENSIFIERS);
        all.add("such");
        all.add("so");
        all.add("bit");
        return new WordSet(all);
    }
    private static final Set<String> OBSERVED_STATES = words(
            "red", "cold", "wet", "muddy", "sweaty", "hot", "thin", "pale", "quiet", "still", "silent", "late", "early",
            "polite", "calm", "honest", "open", "clear", "sure", "certain", "young", "small", "tall", "short", "new",
            "fine", "ok", "okay", "safe", "unwell", "tearful", "hungry", "thirsty", "sleepy", "drowsy", "sore", "keen",
            "happy", "upset", "sad", "scared", "afraid", "terrified", "worried", "anxious", "nervous", "distraught",
            "hysterical", "breathless", "unresponsive", "unconscious", "alone", "lost", "white", "grey", "cooperative",
            "helpful", "engaged", "fine", "right", "different", "normal", "unable", "able", "aware", "unaware", "clean",
            "smart", "tidy", "dry", "filthy", "still", "present", "absent", "apologetic", "sorry", "grateful", "relieved",
            "devastated", "heartbroken", "inconsolable", "lovely", "brilliant", "fantastic", "wonderful", "great", "good");
    private static final Set<String> NEUTRAL_STATES = words(
            "upset", "tired", "scared", "frightened", "worried", "sad", "happy", "anxious", "distressed", "quiet", "hungry",
            "cold", "small", "young", "thin", "pale", "excited", "nervous", "embarrassed", "sorry", "pleased", "proud",
            "brave", "late", "early", "well", "poorly", "ill", "sick", "much", "many", "far", "long", "that", "as", "far",
            "little", "few", "good", "kind", "lovely", "nice", "helpful", "grateful", "relieved", "shocked", "hurt",
            "exhausted", "confused", "afraid", "terrified", "lonely", "unhappy", "tearful", "shaken", "shy", "keen",
            "bright", "clever", "polite", "sweet", "caring", "calm", "settled", "sure", "busy", "close", "fond", "much",
            "shaky", "wet", "dirty", "hot", "warm", "sleepy", "weak", "dizzy", "sore", "bruised", "cut", "low", "down",
            "behind", "into", "used", "close", "young", "small", "big", "happy", "proud", "glad", "surprised", "thankful");

    private static final class Candidate {
        final int first;
        final int end;
        final String category;
        final Severity severity;
        final int suppressUntil;

        Candidate(int first, int end, String category, Severity severity, int suppressUntil) {
            this.first = first;
            this.end = end;
            this.category = category;
            this.severity = severity;
            this.suppressUntil = suppressUntil;
        }
    }

    private static final Set<String> CONTRAST_OPENERS = words("its", "it", "thats", "this", "is", "was", "more", "much", "far");

    /** A hedge or certainty word right after "but" inside someone's reported words is the writer setting them aside. */
    private static boolean contrastedHedge(AnalysedText at, LexiconMatch m) {
        String cat = m.category();
        if (!cat.equals("hedge") && !cat.equals("certainty")) {
            return false;
        }
        int f = m.firstToken();
        Sentence s = at.sentenceOf(f);
        for (int b = f - 1; b >= s.firstToken() && b >= f - 3; b--) {
            String k = at.key(b);
            if (k.equals("but")) {
                return true;
            }
            if (!CONTRAST_OPENERS.contains(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whose words a match is: asked per candidate, but a report's cue is judged once per report (the next candidate
     * usually falls in the same report as the last, so remembering the last one is enough).
     */
    private static final class Whose {
        private final AnalysedText at;
        /** The writer's own report judged last, and whether its cue is the writer instructing someone. */
        private ReportedSpeech lastReport;
        private boolean lastInstructing;

        Whose(AnalysedText at) {
            this.at = at;
        }

        boolean isWriters(LexiconMatch m) {
            int i = m.firstToken();
            if (at.isTokenQuoted(i)) {
                return false;
            }
            if (at.isTokenReported(i)) {
                return contrastedHedge(at, m); // "She says she's been ill but it's more likely ...": the writer doubts it
            }
            // not someone else's words: either no report covers the token or it is the writer's own report
            ReportedSpeech r = at.reportAt(i).orElse(null);
            if (r == null) {
                return true;
            }
            if (r != lastReport) {
                lastReport = r;
                lastInstructing = r.speaker().role().isWriter() && WRITER_INSTRUCTING.contains(
                        stripApostrophes(r.cue().text().toLowerCase(java.util.Locale.ROOT)));
            }
            return !lastInstructing; // "I explained that it is dangerous": what the writer told the child
        }
    }

    private static Candidate judge(AnalysedText at, LexiconMatch m, Sentence s, Basis lastBasis, byte[] flags,
            boolean findingInSentence) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String cat = m.category();
        switch (cat) {
            case "emotive":
                if (e < s.endToken() && at.key(e).equals("of") && SMELL_WORDS.contains(at.key(f))) {
                    return null; // "his coat stinks of cannabis" describes a smell
                }
                if (at.key(f).equals("classic") && (e >= s.endToken() || !tokens.get(e).isCapitalised()
                        || tokens.get(e).kind() != TokenKind.WORD)) {
                    return null; // "Classic Harvey" is a judgement; "classic signs of" is professional language
                }
                if (inCompound(at, m) || at.key(f).startsWith("typical") && e < s.endToken()
                        && (TYPICAL_NOT_BEFORE.contains(at.key(e)) || at.key(e).equals("of")
                        && e + 1 < s.endToken() && !PERSON_SUBJECTS.contains(at.key(e + 1))
                        && !at.key(e + 1).equals("his") && !at.key(e + 1).equals("their"))) {
                    return null;
                }
                return labelSpan(at, m, cat);
            case "label":
            case "minimising":
                if (e - f > 3 && at.key(f).equals("the") && (at.key(f + 1).equals("most")
                        || at.key(f + 1).equals("least")) && NEUTRAL_ADJECTIVES.contains(at.key(f + 2))) {
                    return null; // "the most helpful pupil": praise, not a label
                }
                // the negation scopes last: the token tests rule out a match without working them out for the text
                if (isLyingAtPlace(at, m) || inCompound(at, m) || eventStarts(at, m, s)
                        || e < s.endToken() && LABEL_NEXT_BLOCK.contains(at.key(e)) || at.isNegated(f)) {
                    return null;
                }
                return labelSpan(at, m, cat);
            case "motive":
                if (isLyingAtPlace(at, m) || at.isNegated(f)) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "attitude":
                if (f > 0 && !startsNegative(tokens.get(f)) && at.isNegated(f)) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "predicate":
            case "state":
                // every test here rules the match out, so their order is free: the negation scopes come last, as
                // the token tests usually decide without working them out for the text
                if (e < s.endToken() && STATE_NEXT_BLOCK.contains(at.key(e))) {
                    return null;
                }
                if (inCompound(at, m) || attributive(at, m, s) || verbUse(at, m, s)) {
                    return null;
                }
                int copula = predicateCopula(at, m, s, flags);
                if (copula == NO_POSITION && cat.equals("state") && arrivedInState(at, m, s)) {
                    return at.isNegated(f) ? null : labelSpan(at, m, cat); // "turned up to the meeting stoned"
                }
                if (copula == NO_POSITION || copula >= 0 && !PLACE_NOUNS.contains(at.key(e - 1))
                        && !subjectIsPerson(at, copula, s) || at.isNegated(f)) {
                    return null;
                }
                return labelSpan(at, m, cat);
            case "condition":
                if (!afterHave(at, f, s) || e < s.endToken() && CONDITION_COMPOUNDS.contains(at.key(e))
                        || mentions(at, s, DIAGNOSIS_BASIS) || at.isNegated(f)) {
                    // "an autism awareness refresher", "an ADHD assessment": the condition names something else
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "harm":
            case "harm-ongoing":
                return harm(at, m, s, cat);
            case "certainty":
                if (FRAME_STARTS.contains(at.key(f)) && lastBasis.given(s, e) || e < s.endToken() && (at.key(e).equals("from") || at.key(e).equals("on"))
                        && e + 1 < s.endToken() && evidenceFollows(at, e + 1, s)) {
                    return new Candidate(f, e, cat, null, Math.min(at.clauseEnd(f), s.endToken()));
                }
                return certainty(at, m, s);
            case "hedge":
                return hedge(at, m, s, lastBasis);
            case "appearance":
                return appearance(at, m, s, lastBasis);
            case "frame":
                return new Candidate(f, e, cat, lastBasis.given(s, e) ? Severity.INFO : Severity.WARNING, s.endToken());
            case "generalisation":
                return generalisation(at, m, s);
            case "fragment":
                return fragment(at, m, s) ? new Candidate(f, e, cat, Severity.WARNING, e) : null;
            case "continuation":
                return findingInSentence ? new Candidate(f, e, cat, Severity.WARNING, e) : null;
            default:
                // a vendor's own category: treat as a label
                if (at.isNegated(f)) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
        }
    }

    private static boolean startsNegative(Token t) {
        String k = t.key();
        return k.equals("not") || k.endsWith("nt") || k.equals("cannot") || k.equals("no");
    }

    private static Candidate labelSpan(AnalysedText at, LexiconMatch m, String cat) {
        List<Token> tokens = at.tokens();
        Sentence s = at.sentenceOf(m.firstToken());
        int first = m.firstToken();
        int steps = 0;
        int after = m.endToken();
        boolean nounLike = after >= s.endToken() || !tokens.get(after).isWordLike() || FOLLOW_OK.contains(at.key(after));
        while (first - 1 >= s.firstToken() && steps++ < 3) {
            String k = at.key(first - 1);
            if (k.equals("very") || k.equals("so") || k.equals("really") || k.equals("extremely") || k.equals("just")
                    || k.equals("too") || k.equals("totally") || k.equals("completely") || k.equals("utterly")
                    || k.equals("absolutely") || k.equals("incredibly") || k.equals("such")
                    || nounLike && (k.equals("a") || k.equals("an"))
                    || k.equals("compulsive") || k.equals("quite") || k.equals("proper") || k.equals("real")) {
                first--;
            } else {
                break;
            }
        }
        int end = m.endToken();
        if (end < s.endToken() && PERSON_NOUNS.contains(at.key(end)) && !cat.equals("emotive")) {
            end++;
        }
        return new Candidate(first, end, cat, Severity.WARNING, end);
    }

    private static boolean isLyingAtPlace(AnalysedText at, LexiconMatch m) {
        List<Token> tokens = at.tokens();
        Token last = tokens.get(m.endToken() - 1);
        if (!at.key(m.endToken() - 1).equals("lying")) {
            return false;
        }
        return m.endToken() < tokens.size() && LYING_PLACE.contains(at.key(m.endToken()));
    }

    private static boolean isCopula(AnalysedText at, int i) {
        Token t = at.tokens().get(i);
        String k = at.key(i);
        if (COPULA.contains(k)) {
            return true;
        }
        String nrm = t.normal();
        return t.kind() == TokenKind.WORD && (nrm.endsWith("'s") || nrm.endsWith("'re") || nrm.endsWith("'m"));
    }

    private static final int NO_POSITION = -2;
    private static final int FRAGMENT = -1;

    /** The index of the copula before a predicate, {@link #FRAGMENT} for a fragment, {@link #NO_POSITION} otherwise. */
    private static int predicateCopula(AnalysedText at, LexiconMatch m, Sentence s, byte[] flags) {
        List<Token> tokens = at.tokens();
        int j = m.firstToken() - 1;
        if (j > s.firstToken() && tokens.get(j).text().equals(",") && (m.endToken() >= s.endToken()
                || tokens.get(m.endToken()).kind() == TokenKind.PUNCTUATION && !tokens.get(m.endToken()).text().equals(","))) {
            return FRAGMENT; // a comment tacked on after a comma: "drew a man and a girl in bed, weird."
        }
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 7) {
            Token t = tokens.get(j);
            if (isCopula(at, j)) {
                return j;
            }
            if (t.isWordLike() && isNoteSubject(at, j, s)) {
                return j + 1; // a note without its verb: "Jayden off his face in period 5", "Daisy's dad drunk again"
            }
            String k = at.key(j);
            if ((k.equals("and") || k.equals("but") || k.equals("or")) && (flags[Math.max(j - 1, 0)] & W_JUDGEMENT) == 0) {
                // "was rude to the lunch staff and generally unpleasant": the copula of the first conjunct
                for (int b = j - 1, seen = 0; b >= s.firstToken() && seen < 12; b--, seen++) {
                    Token x = tokens.get(b);
                    if (x.kind() == TokenKind.PUNCTUATION && !x.text().equals(",")) {
                        break;
                    }
                    if (isCopula(at, b) && !at.key(b).startsWith("seem") && !at.key(b).startsWith("appear")) {
                        return b;
                    }
                }
                return NO_POSITION;
            }
            boolean skippable = DEGREE.contains(k) || (flags[j] & W_JUDGEMENT) != 0 || t.text().equals(",")
                    || t.kind() == TokenKind.JOINER
                    || isAdverb(t)
                    || j == s.firstToken() && isBullet(t); // "- very dramatic as usual": a list item is a fragment
            if (!skippable) {
                return NO_POSITION;
            }
            j--;
        }
        if (j >= s.firstToken()) {
            return NO_POSITION;
        }
        // a fragment: "Lazy.", "Manipulative girl, ...", "Chaotic family"
        int e = m.endToken();
        if (e >= s.endToken()) {
            return FRAGMENT;
        }
        Token next = tokens.get(e);
        return next.kind() == TokenKind.PUNCTUATION || PERSON_NOUNS.contains(at.key(e)) || at.key(e).equals("and")
                || (flags[e] & W_JUDGEMENT) != 0 ? FRAGMENT : NO_POSITION;
    }

    /**
     * Whether the words from the start of the sentence to {@code j} are a short subject with no verb after it, as in
     * a note: a name ("Jayden"), a person word ("mum") or a possessive and a person word ("Daisy's dad").
     */
    private static boolean isNoteSubject(AnalysedText at, int j, Sentence s) {
        int first = s.firstToken();
        if (j - first > 1) {
            return false;
        }
        List<Token> tokens = at.tokens();
        Token head = tokens.get(j);
        String k = at.key(j);
        if (j > first) {
            // "Daisy's dad", "her mum": a possessive then a person word
            Token owner = tokens.get(first);
            String ok = at.key(first);
            return owner.kind() == TokenKind.WORD && (owner.normal().endsWith("'s") || ok.equals("his")
                    || ok.equals("her") || ok.equals("their")) && PERSON_SUBJECTS.contains(k)
                    && !NON_PERSON.contains(k);
        }
        if (head.kind() != TokenKind.WORD || NON_PERSON.contains(k) || NON_PERSON_CAPS.contains(k)) {
            return false;
        }
        return head.isCapitalised() && !SUBJECT_SKIP.contains(k) && !COPULA.contains(k) && !isAdverb(head)
                || k.equals("mum") || k.equals("dad") || k.equals("mother") || k.equals("father");
    }

    /** A list marker opening a line: "-", "*", a bullet or a dash. */
    private static boolean isBullet(Token t) {
        String x = t.text();
        return x.equals("-") || x.equals("*") || x.equals("\u2022") || x.equals("\u2013") || x.equals("\u2014")
                || x.equals("\u00B7") || x.equals(">");
    }

    /** Events that "kick off" (start) without anyone behaving badly: "the match kicked off at 2". */
    private static final Set<String> EVENTS = words(
            "match", "game", "fixture", "tournament", "competition", "race", "lesson", "session", "meeting", "assembly",
            "party", "event", "show", "concert", "festival", "disco", "term", "season", "day", "trip", "visit",
            "club", "practice", "training", "rehearsal", "fair", "ceremony", "celebration", "campaign", "week");

    /** "The match kicked off at 14:00": the words name an event starting, not someone's behaviour. */
    private static boolean eventStarts(AnalysedText at, LexiconMatch m, Sentence s) {
        int f = m.firstToken();
        return at.key(f).startsWith("kick") && f > s.firstToken() && EVENTS.contains(at.key(f - 1));
    }

    /** Whether the subject of the copula at {@code copula} is a person ("Mum", "he", "Tyler"), not "it" or "the knife". */
    static boolean subjectIsPerson(AnalysedText at, int copula, Sentence s) {
        List<Token> tokens = at.tokens();
        Token c = tokens.get(copula);
        if (at.key(copula).equals("being") && copula - 1 >= s.firstToken() && GERUND_PREPOSITIONS.contains(at.key(copula - 1))) {
            // "Dad is known for being violent": the subject of the clause around the gerund
            for (int b = copula - 2, seen = 0; b >= s.firstToken() && seen < 6; b--, seen++) {
                if (isCopula(at, b) && !at.key(b).equals("being")) {
                    return subjectIsPerson(at, b, s);
                }
            }
            // "Bella brings it on herself by being so bossy": the subject opening the sentence
            Token first = tokens.get(s.firstToken());
            return first.isCapitalised() ? !NON_PERSON_CAPS.contains(at.key(s.firstToken())) && !NON_PERSON.contains(at.key(s.firstToken()))
                    : isPersonWord(at.key(s.firstToken()), false);
        }
        String cn = c.normal();
        int apostrophe = cn.lastIndexOf('\'');
        if (c.kind() == TokenKind.WORD && apostrophe > 0) {
            String base = stripApostrophes(cn.substring(0, apostrophe));
            return isPersonWord(base, c.isCapitalised() && !NON_PERSON_CAPS.contains(base));
        }
        int j = copula - 1;
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 6) {
            Token t = tokens.get(j);
            String k = at.key(j);
            if (t.text().equals(")")) {
                while (j > s.firstToken() && !tokens.get(j).text().equals("(") && steps++ < 12) {
                    j--;
                }
                j--;
                continue;
            }
            if (SUBJECT_SKIP.contains(k) || isAdverb(t)) {
                j--;
                continue;
            }
            if (!t.isWordLike() || k.equals("and") || k.equals("but") || k.equals("so")) {
                // "Dad made threats to staff and is a danger": the subject opens the sentence
                Token first = tokens.get(s.firstToken());
                if (j == s.firstToken() || !first.isWordLike()) {
                    return true;
                }
                return first.isCapitalised() ? !NON_PERSON_CAPS.contains(at.key(s.firstToken())) : isPersonWord(at.key(s.firstToken()), false);
            }
            if (t.isCapitalised()) {
                return !NON_PERSON_CAPS.contains(k) && !NON_PERSON.contains(k);
            }
            if (isPersonWord(k, false)) {
                return true;
            }
            if (j - 1 > s.firstToken() && NP_PREPOSITIONS.contains(at.key(j - 1))) {
                j -= 2; // "the lads in 10B are ...": the head comes before the prepositional phrase
                continue;
            }
            // an unknown lower-case word: a name typed in lower case ("jayden is ...") unless a determiner precedes it
            return !NON_PERSON.contains(k) && (j == s.firstToken() || !DETERMINERS.contains(at.key(j - 1))
                    && !tokens.get(j - 1).isWordLike());
        }
        return true;
    }

    private static String stripApostrophes(String normal) {
        return normal.replace("'", "");
    }

    private static boolean isPersonWord(String k, boolean capitalised) {
        if (NON_PERSON.contains(k)) {
            return false;
        }
        if (k.endsWith("s") && PERSON_SUBJECTS.contains(k.substring(0, k.length() - 1))) {
            return true;
        }
        return PERSON_SUBJECTS.contains(k) || capitalised;
    }

    private static boolean inCompound(AnalysedText at, LexiconMatch m) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        return e < tokens.size() && tokens.get(e).kind() == TokenKind.JOINER
                || f > 0 && tokens.get(f - 1).kind() == TokenKind.JOINER;
    }

    /** "a violent video", "a strange smell": the adjective describes a thing named next. */
    private static boolean attributive(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        int e = m.endToken();
        if (e >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(e);
        if (!next.isWordLike()) {
            return false;
        }
        String k = at.key(e);
        return !FOLLOW_OK.contains(k) && !PERSON_NOUNS.contains(k) && !k.endsWith("ly");
    }

    /** "threatening to hit", "controlling the ball": a verb, not a judgement. */
    private static boolean verbUse(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        Token last = tokens.get(m.endToken() - 1);
        if (!at.key(m.endToken() - 1).endsWith("ing") || m.endToken() >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(m.endToken());
        if (at.key(m.endToken()).equals("to") && m.endToken() + 1 < s.endToken()) {
            // "threatening to hit" is a verb; "condescending to staff" an adjective
            Token after = tokens.get(m.endToken() + 1);
            return !(TO_PERSON.contains(at.key(m.endToken() + 1)) || after.isCapitalised() && after.kind() == TokenKind.WORD);
        }
        return VERB_OBJECT.contains(at.key(m.endToken())) || next.isCapitalised() && next.kind() == TokenKind.WORD;
    }

    private static boolean afterHave(AnalysedText at, int f, Sentence s) {
        List<Token> tokens = at.tokens();
        int j = f - 1;
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 4) {
            String k = at.key(j);
            if (HAVE.contains(k)) {
                return true;
            }
            if (!CONDITION_SKIP.contains(k) && !isAdverb(tokens.get(j))) {
                return false;
            }
            j--;
        }
        return false;
    }

    private static boolean mentions(AnalysedText at, Sentence s, Set<String> words) {
        for (int i = s.firstToken(); i < s.endToken() && i - s.firstToken() < 80; i++) {
            if (words.contains(at.key(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that frame harm as someone's worry or as what evidence points to, not as a fact the writer states. */
    private static final Set<String> CONCERN_FRAMES = words(
            "worried", "worries", "concerned", "concern", "concerns", "afraid", "fears", "feared",
            "suggest", "suggests", "suggested", "suggesting", "indicate", "indicates", "indicated", "indicating",
            "raise", "raises", "raised");

    /**
     * "she is worried he is being bullied", "circumstances that suggest he is being exploited": the harm is framed
     * (a worry, what the facts point to) within the few words before its subject.
     */
    private static boolean framedAsConcern(AnalysedText at, int be, Sentence s) {
        return wordBefore(at, be, s, 5, CONCERN_FRAMES);
    }

    /** Whether one of {@code words} stands among the {@code within} words before token {@code i}, in its clause. */
    private static boolean wordBefore(AnalysedText at, int i, Sentence s, int within, Set<String> words) {
        for (int b = i - 1, seen = 0; b >= s.firstToken() && seen < within; b--, seen++) {
            if (words.contains(at.key(b))) {
                return true;
            }
            if (!at.tokens().get(b).isWordLike()) {
                return false;
            }
        }
        return false;
    }

    private static Candidate harm(AnalysedText at, LexiconMatch m, Sentence s, String cat) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int j = f - 1;
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 3) {
            Token t = tokens.get(j);
            String k = at.key(j);
            if (isAdverb(t) || k.equals("now") || k.equals("still") || k.equals("also")
                    || k.equals("definately")) {
                j--;
                continue;
            }
            break;
        }
        if (j < s.firstToken()) {
            return null;
        }
        Token be = tokens.get(j);
        String bk = at.key(j);
        boolean ongoing = bk.equals("being") || bk.equals("getting");
        boolean anyBe = BE.contains(bk) || be.normal().endsWith("'s") && be.kind() == TokenKind.WORD;
        if (cat.equals("harm-ongoing") ? !ongoing : !anyBe) {
            return null;
        }
        if (j - 1 >= s.firstToken()) {
            String before = at.key(j - 1);
            if (NOT_HARM_BEFORE.contains(before)) {
                return null;
            }
            if (j - 2 >= s.firstToken() && (before.equals("been") || before.equals("be"))
                    && NOT_HARM_BEFORE.contains(at.key(j - 2))) {
                return null;
            }
        }
        // the negation scopes last: the tests before usually decide without working them out for the text
        if (!subjectIsPerson(at, j, s) || framedAsConcern(at, j, s) || at.isNegated(j) || at.isNegated(f)) {
            return null;
        }
        int first = ongoing || bk.equals("been") ? j : j + 1;
        if (first > f) {
            first = f;
        }
        return new Candidate(first, m.endToken(), cat, Severity.WARNING, m.endToken());
    }

    private static Candidate certainty(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String k = at.key(f);
        if (f - 1 >= s.firstToken()) {
            String prev = at.key(f - 1);
            if (MANNER_BEFORE.contains(prev)) {
                return null;
            }
            boolean future = prev.equals("will") || prev.equals("would") || prev.equals("shall")
                    || tokens.get(f - 1).normal().endsWith("'ll");
            String subject = f - 2 >= s.firstToken() ? at.key(f - 2) : "";
            if (future && (subject.equals("i") || subject.equals("we") || tokens.get(f - 1).normal().startsWith("i'")
                    || tokens.get(f - 1).normal().startsWith("we'"))) {
                return null; // "I will definitely follow this up": a promise, not an inference
            }
            if (prev.equals("i") || prev.equals("we")) {
                return null;
            }
        }
        if (e < s.endToken() && MANNER_AFTER.contains(at.key(e)) && (k.equals("clearly") || k.equals("plainly"))) {
            return null;
        }
        if (at.key(e - 1).equals("that") && e - 1 > f
                || e - f > 1 && e < s.endToken() && at.key(e).equals("that")) {
            // "it's obvious that ...": the frame carries the certainty
            int end = at.key(e - 1).equals("that") ? e - 1 : e;
            return new Candidate(f, end, "certainty", Severity.WARNING, Math.max(e, at.clauseEnd(e - 1)));
        }
        if (e < s.endToken() && (at.key(e).equals("i") || at.key(e).equals("we")
                || tokens.get(e).normal().startsWith("i'") || tokens.get(e).normal().startsWith("we'"))) {
            return null; // "Obviously I reported this to the DSL": about the writer's own action
        }
        int end = extent(at, e, s, 4, true);
        return new Candidate(f, end, "certainty", Severity.WARNING, end);
    }

    /** Extends from {@code from} over auxiliaries and then up to {@code max} content words of the same clause. */
    private static int extent(AnalysedText at, int from, Sentence s, int max, boolean stopAtPrepositions) {
        List<Token> tokens = at.tokens();
        int limit = Math.min(at.clauseEnd(Math.min(from, tokens.size() - 1)), s.endToken());
        if (from >= s.endToken()) {
            return from;
        }
        int i = from;
        while (i < limit && i - from < 4 && AUX.contains(at.key(i))) {
            i++;
        }
        int content = 0;
        while (i < limit && content < max) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.JOINER) {
                i++;
                continue;
            }
            if (!t.isWordLike() || content > 0 && stopAtPrepositions && EXTENT_STOP.contains(at.key(i))) {
                break;
            }
            content++;
            i++;
        }
        // do not end on an article or a joining word
        while (i > from && (at.key(i - 1).equals("a") || at.key(i - 1).equals("the")
                || at.key(i - 1).equals("and") || at.key(i - 1).equals("to"))) {
            i--;
        }
        return Math.max(i, from);
    }

    /** Verbs that grant or ask permission: after them "could" / "may" is permission, not a guess. */
    private static final Set<String> PERMISSION_VERBS = words(
            "agreed", "agree", "agrees", "allowed", "allow", "allows", "decided", "said", "told", "asked", "asks", "permitted",
            "consented", "confirmed", "arranged", "wants", "wanted", "checked", "whether", "if");

    /** "agreed she could be in the room", "asked if he could go home": a modal after a verb of permission. */
    private static boolean permitted(AnalysedText at, int f, Sentence s) {
        return wordBefore(at, f, s, 3, PERMISSION_VERBS);
    }

    /** "..., so I suspect ...": a hedge drawn as a consequence of the facts just before it. */
    private static final Set<String> CONSEQUENCE = words("so", "therefore", "hence", "thus");
    private static final Set<String> TENTATIVE = words("suspect", "think", "believe", "wonder", "guess");

    /** "must be informed", "may be admitted": a modal before a passive is a plan or a possibility of fact, not a guess. */
    private static final Set<String> MODALS_BEFORE_PASSIVE = words("must", "could", "may", "might", "will", "would");

    private static Candidate hedge(AnalysedText at, LexiconMatch m, Sentence s, Basis lastBasis) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String first = at.key(f);
        String last = at.key(e - 1);
        if (e - f == 1 && first.endsWith("likely") && f > s.firstToken() && DETERMINERS.contains(at.key(f - 1))) {
            return null; // "the likely outcome": a forecast's name, not speculation about someone
        }
        if ((first.equals("could") || first.equals("can") || first.equals("may")) && permitted(at, f, s)) {
            return null; // "agreed she could be in the room": permission, not speculation
        }
        if (f >= 2 && at.key(f - 1).equals("as") && (at.key(f - 2).equals("this") || at.key(f - 2).equals("it"))
                && f >= 3 && at.key(f - 3).startsWith("assess")) {
            return null; // "I have assessed this as likely Osgood-Schlatter's": a professional assessment
        }
        boolean firstPerson = FRAME_STARTS.contains(first) || last.equals("that")
                || e < s.endToken() && at.key(e).equals("that");
        if (last.equals("be") && e < s.endToken()) {
            Token next = tokens.get(e);
            String nk = at.key(e);
            boolean participle = IRREGULAR_PARTICIPLES.contains(nk) || nk.endsWith("ed") && nk.length() > 4;
            if (MODALS_BEFORE_PASSIVE.contains(at.key(e - 2)) && participle) {
                return null; // "must be informed", "could be seen": not speculation
            }
            if (nk.equals("at") && e + 1 < s.endToken() && at.key(e + 1).equals("risk")) {
                return null; // risk language belongs to the professional assessment
            }
        }
        int clauseEnd = Math.min(at.clauseEnd(Math.min(e, tokens.size() - 1)), s.endToken());
        if (e >= s.endToken()) {
            clauseEnd = e;
        }
        if (lastBasis.given(s, e) || f > s.firstToken() + 1 && CONSEQUENCE.contains(at.key(f - 1))
                && at.key(f - 2).equals(",") && first.equals("i") && e - f >= 2 && TENTATIVE.contains(at.key(f + 1))) {
            // "... after being found in the toilets, so I suspect ...": the facts before are its basis (not "so I'm
            // sure", "so he'll go the same way": certainty and predictions drawn from them stay flagged)
            return new Candidate(f, e, "hedge", null, Math.max(e, clauseEnd));
        }
        if (firstPerson) {
            int end = last.equals("that") && e - 1 > f ? e - 1 : e;
            return new Candidate(f, end, "hedge", Severity.WARNING, Math.max(e, clauseEnd));
        }
        for (int b = f - 1, seen = 0; b >= s.firstToken() && seen < 3; b--, seen++) {
            Token x = tokens.get(b);
            if (OWN_SIDE.contains(at.key(b)) || x.normal().startsWith("i'") || x.normal().startsWith("we'")) {
                return new Candidate(f, e, "hedge", null, e); // "staff will probably need to ...": the writer's own plans
            }
            if (!AUX.contains(at.key(b)) && !at.key(b).equals("also")) {
                break;
            }
        }
        int end = Math.max(e, Math.min(clauseEnd, e + 8));
        end = trimEnd(at, e, end);
        return new Candidate(f, end, "hedge", Severity.WARNING, Math.max(end, clauseEnd));
    }

    private static int trimEnd(AnalysedText at, int min, int end) {
        List<Token> tokens = at.tokens();
        while (end > min && !tokens.get(end - 1).isWordLike()) {
            end--;
        }
        return end;
    }

    private static Candidate appearance(AnalysedText at, LexiconMatch m, Sentence s, Basis lastBasis) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String last = at.key(e - 1);
        int clauseEnd = Math.min(at.clauseEnd(Math.min(e, tokens.size() - 1)), s.endToken());
        if (e >= s.endToken()) {
            clauseEnd = e;
        }
        int end;
        if (last.equals("like") || last.equals("if") || last.equals("though")) {
            end = trimEnd(at, e, Math.max(e, Math.min(clauseEnd, e + 10)));
        } else if (e - f >= 2 || at.key(f).startsWith("look") || at.key(f).startsWith("sound")) {
            end = e; // "looked drunk"
        } else {
            // seem / appear + adjective
            int j = e;
            boolean toHave = false;
            while (j < s.endToken() && j - e < 4 && APPEAR_SKIP.contains(at.key(j))) {
                if (at.key(j).equals("to") && j + 1 < s.endToken()) {
                    String v = at.key(j + 1);
                    if (!v.equals("be") && !v.equals("have")) {
                        return null; // "seemed to settle"
                    }
                    toHave |= v.equals("have");
                }
                if (at.key(j).equals("a") && j + 1 < s.endToken() && !at.key(j + 1).equals("bit")
                        && !at.key(j + 1).equals("little")) {
                    break;
                }
                j++;
            }
            if (j >= s.endToken()) {
                return null;
            }
            Token x = tokens.get(j);
            if (!toHave && NEUTRAL_IMPRESSIONS.contains(at.key(j))) {
                return null; // "Ellie appears settled in class"
            }
            if (toHave) {
                end = trimEnd(at, j, Math.max(j + 1, Math.min(clauseEnd, j + 6))); // "appears to have a violent streak"
            } else if (judgementAt(at, j)) {
                end = trimEnd(at, j + 1, Math.max(j + 1, Math.min(clauseEnd, j + 3)));
            } else if (at.key(j).equals("like") || at.key(j).equals("as")) {
                end = trimEnd(at, j, Math.max(j + 1, Math.min(clauseEnd, j + 10)));
            } else {
                if (!x.isWordLike() || x.kind() == TokenKind.NUMBER || APPEAR_NOT.contains(at.key(j))) {
                    return null;
                }
                end = j + 1;
            }
        }
        if (lastBasis.given(s, e)) {
            return new Candidate(f, end, "appearance", null, Math.max(end, clauseEnd));
        }
        return new Candidate(f, end, "appearance", Severity.WARNING, Math.max(end, clauseEnd));
    }

    private static final Set<String> NOT_ADVERBS = words(
            "family", "bully", "belly", "jelly", "ally", "rally", "holly", "lily", "silly", "ugly", "lonely", "lovely",
            "friendly", "elderly", "early", "only", "daily", "weekly", "monthly", "reply", "supply", "apply", "july", "italy",
            "smelly", "jolly", "curly", "chilly", "poorly", "costly", "likely", "unlikely", "unruly", "ghastly", "deadly",
            "holy", "sly", "fly", "butterfly", "assembly", "anomaly", "homily", "rely");

    static boolean isAdverb(Token t) {
        if (t.kind() != TokenKind.WORD || t.isCapitalised()) {
            return false;
        }
        String k = t.key();
        return k.length() > 4 && k.endsWith("ly") && !NOT_ADVERBS.contains(k);
    }

    private static boolean arrivedInState(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        int e = m.endToken();
        if (e < s.endToken() && tokens.get(e).isWordLike()) {
            return false;
        }
        for (int b = m.firstToken() - 1, seen = 0; b >= s.firstToken() && seen < 7; b--, seen++) {
            if (ARRIVAL.contains(at.key(b))) {
                return true;
            }
            if (tokens.get(b).kind() == TokenKind.PUNCTUATION) {
                return false;
            }
        }
        return false;
    }

    private static boolean judgementAt(AnalysedText at, int j) {
        Token t = at.tokens().get(j);
        String k = at.key(j);
        return k.equals("under") || k.equals("off") || k.equals("out") || k.equals("on") && j + 1 < at.tokens().size()
                && (at.key(j + 1).equals("something") || at.key(j + 1).equals("drugs"));
    }

    private static Candidate generalisation(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        if (f - 1 >= s.firstToken()) {
            Token prev = tokens.get(f - 1);
            if (GENERAL_NOT_BEFORE.contains(at.key(f - 1)) || prev.normal().endsWith("'ve") || prev.normal().endsWith("'ll")
                    || prev.normal().endsWith("'d")) {
                return null;
            }
        }
        int e = m.endToken();
        if (e - f > 1) {
            return new Candidate(f, e, "generalisation", Severity.WARNING, e); // "always in trouble"
        }
        if (e >= s.endToken()) {
            return null;
        }
        Token next = tokens.get(e);
        String nk = at.key(e);
        if (STRONG_GENERALISATIONS.contains(at.key(f)) && next.isWordLike() && GENERAL_NOT_AFTER.contains(nk)
                && f > s.firstToken() && isCopula(at, f - 1)) {
            return new Candidate(f, e, "generalisation", Severity.WARNING, e); // "constantly on her phone"
        }
        if (!next.isWordLike() || PAST.contains(nk) || nk.endsWith("ed") || nk.equals("to") || nk.equals("be")
                || nk.equals("have") || nk.equals("had") || nk.equals("been") || nk.equals("again") || nk.equals("mind")
                || nk.equals("ever") || GENERAL_NOT_AFTER.contains(nk) || ROUTINE_VERBS.contains(nk)) {
            return null;
        }
        int limit = Math.min(at.clauseEnd(e), s.endToken());
        int i = e;
        int words = 0;
        while (i < limit && words < 4) {
            Token t = tokens.get(i);
            if (!t.isWordLike() || words > 0 && (at.key(i).equals("and") || at.key(i).equals("but") || at.key(i).equals("when")
                    || at.key(i).equals("because") || at.key(i).equals("in") || at.key(i).equals("at") || at.key(i).equals("on")
                    || at.key(i).equals("during") || at.key(i).equals("if"))) {
                break;
            }
            words++;
            i++;
        }
        int end = trimEnd(at, e, i);
        return new Candidate(f, Math.max(end, e + 1), "generalisation", Severity.WARNING, Math.max(end, e + 1));
    }

    private static boolean fragment(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        if (s.tokenCount() > 8) {
            return false;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.isWordLike() && (i < m.firstToken() || i >= m.endToken())) {
                String k = at.key(i);
                if (!(k.equals("clearly") || k.equals("obviously") || k.equals("definitely") || k.equals("possible")
                        || k.equals("suspected") || k.equals("likely") || k.equals("probable"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * For each sentence: the index of its last basis connective, MAX_VALUE if it opens with one (or the next sentence
     * opens with one), -1 if none; computed per sentence on first use (most sentences hold no candidate that asks).
     */
    private static final class Basis {
        private static final int UNKNOWN = Integer.MIN_VALUE;
        private final AnalysedText at;
        private final byte[] flags;
        private int[] last;

        Basis(AnalysedText at, byte[] flags) {
            this.at = at;
            this.flags = flags;
        }

        /** Whether sentence {@code s} gives a basis at or after the match ending at {@code e}. */
        boolean given(Sentence s, int e) {
            if (last == null) {
                last = new int[at.sentences().size()];
                java.util.Arrays.fill(last, UNKNOWN);
            }
            int v = last[s.index()];
            if (v == UNKNOWN) {
                v = computeLastBasis(at, flags, s.index());
                last[s.index()] = v;
            }
            return v >= e || v == Integer.MAX_VALUE;
        }
    }

    private static int computeLastBasis(AnalysedText at, byte[] flags, int si) {
        List<Token> tokens = at.tokens();
        List<Sentence> sentences = at.sentences();
        Sentence s = sentences.get(si);
        if (si + 1 < sentences.size() && opensWithBasis(at, sentences.get(si + 1))) {
            return Integer.MAX_VALUE; // "I think he is lying. This is because ..."
        }
        int found = -1;
        Token firstWord = tokens.get(s.firstToken());
        if (SENTENCE_BASIS_START.contains(at.key(s.firstToken())) && !at.isTokenQuoted(s.firstToken())) {
            String nk = s.firstToken() + 1 < s.endToken() ? at.key(s.firstToken() + 1) : "";
            if (!at.key(s.firstToken()).equals("as") || AS_BASIS_NEXT.contains(nk) || nk.equals("a")) {
                return Integer.MAX_VALUE;
            }
        }
        at.meter().add(s.tokenCount());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if ((flags[i] & W_BASIS) == 0 && tokens.get(i).isWordLike()) {
                continue; // isBasis asks only about its connectives and punctuation
            }
            if (isBasis(at, i, s)) {
                found = i;
            }
        }
        return found;
    }

    private static boolean opensWithBasis(AnalysedText at, Sentence s) {
        int f = s.firstToken();
        int n = s.endToken();
        String a = at.key(f);
        String b = f + 1 < n ? at.key(f + 1) : "";
        String c = f + 2 < n ? at.key(f + 2) : "";
        String d = f + 3 < n ? at.key(f + 3) : "";
        return a.equals("because") || a.equals("the") && b.startsWith("reason")
                || (a.equals("this") || a.equals("that") || a.equals("which")) && (b.equals("is") || b.equals("was"))
                        && (c.equals("because") || c.equals("based") || c.equals("due"))
                || a.equals("i") && b.equals("say") && c.equals("this") && d.equals("because")
                || a.equals("my") && (b.equals("reason") || b.equals("reasons") || b.equals("evidence") || b.equals("basis"));
    }

    private static boolean isBasis(AnalysedText at, int i, Sentence s) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        String k = at.key(i);
        boolean hasNext = i + 1 < s.endToken();
        String nk = hasNext ? at.key(i + 1) : "";
        Token next = hasNext ? tokens.get(i + 1) : null;
        switch (k) {
            case "because":
            case "cos":
            case "coz":
            case "evidenced":
                return true;
            case "as":
                return hasNext && (AS_BASIS_NEXT.contains(nk) || next.isCapitalised() && next.kind() == TokenKind.WORD
                        // ", as two Y7 pupils told me ...", ", as 6 unopened vapes were in his bag": a count of evidence
                        || i > s.firstToken() && tokens.get(i - 1).text().equals(",")
                        && (next.kind() == TokenKind.NUMBER || AS_BASIS_COUNTS.contains(nk)));
            case "since":
                return i > s.firstToken() && tokens.get(i - 1).text().equals(",");
            case "given":
                return GIVEN_NEXT.contains(nk);
            case "due":
            case "owing":
                return nk.equals("to");
            case "based":
                return nk.equals("on");
            case "judging":
                return true;
            case "with":
                return i > s.firstToken() && tokens.get(i - 1).text().equals(",");
            default:
                break;
        }
        if (t.text().equals(";") && hasNext && AS_BASIS_NEXT.contains(nk)) {
            return true;
        }
        if (t.kind() == TokenKind.PUNCTUATION && hasNext && next.isWordLike()) {
            String p = t.text();
            return p.equals(":") || p.equals("(") || (p.equals("-") || p.equals("\u2013") || p.equals("\u2014"))
                    && i > s.firstToken() && tokens.get(i - 1).end() < t.start();
        }
        return false;
    }

    /** How {@link #find} orders matches: by first token, then longest first. */
    private static final Comparator<LexiconMatch> MATCH_ORDER = (x, y) -> {
        int c = Integer.compare(x.firstToken(), y.firstToken());
        return c != 0 ? c : Integer.compare(-x.endToken(), -y.endToken());
    };

    // bit flags of a token's key: which of the word sets the per-token passes ask about hold it (all fit a byte)
    private static final int W_A_AN = 1;
    private static final int W_INTENSIFIED_START = 1 << 1;
    private static final int W_FRAGMENT_PERSON = 1 << 2;
    private static final int W_BASIS = 1 << 3;
    private static final int W_FROM = 1 << 4;
    /** Not a word flag: set per text where a label/predicate/state/emotive match covers the token. */
    private static final int W_JUDGEMENT = 1 << 5;

    /** One probe per token gives the flags above (declared last: built from the sets above). */
    private static final WordTable WORDS = wordFlags(java.util.Map.of(
            W_A_AN, words("a", "an"),
            W_INTENSIFIED_START, INTENSIFIED_STARTS,
            W_FRAGMENT_PERSON, FRAGMENT_PERSONS,
            W_FROM, words("from"),
            W_BASIS, words("because", "cos", "coz", "evidenced", "as", "since", "given", "due", "owing", "based", "judging",
                    "with")));

    /**
     * @return the words with flags ({@link #WORDS}): part of the rules' vocabulary, see
     *     {@link Lexicon#vocabulary()}
     */
    static List<String> words() {
        return WORDS.words();
    }

    /** The flags of {@link #WORDS} by id of the rules' vocabulary ({@link WordTable#byId}), made on first use. */
    private static final class FlagsById {
        static final int[] FLAGS = WORDS.byId(Lexicon.vocabulary(), false);
    }

    /** One table from each word to the flags of the sets holding it. */
    private static WordTable wordFlags(java.util.Map<Integer, Set<String>> sets) {
        java.util.Map<String, Integer> all = new java.util.HashMap<>();
        sets.forEach((flag, set) -> set.forEach(w -> all.merge(w, flag, (x, y) -> x | y)));
        return WordTable.of(all);
    }

    private static Set<String> words(String... w) {
        return new WordSet(java.util.Arrays.asList(w));
    }

    /**
     * An immutable set of words, probed once or more per candidate: a {@link Set} view of a {@link WordTable}, so a
     * miss (most probes) costs an array read or two and neither the division nor the {@code equals} calls of
     * {@link Set#copyOf}'s sets.
     */
    private static final class WordSet extends java.util.AbstractSet<String> {
        private final java.util.List<String> words;
        private final WordTable table;

        WordSet(java.util.Collection<String> all) {
            words = java.util.List.copyOf(new java.util.LinkedHashSet<>(all));
            java.util.Map<String, Integer> present = new java.util.HashMap<>();
            words.forEach(w -> present.put(w, 1));
            table = WordTable.of(present);
        }

        @Override
        public boolean contains(Object o) {
            return java.util.Objects.requireNonNull(o) instanceof String word && table.get(word) != 0;
        }

        @Override
        public int size() {
            return words.size();
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words.iterator();
        }
    }
}
