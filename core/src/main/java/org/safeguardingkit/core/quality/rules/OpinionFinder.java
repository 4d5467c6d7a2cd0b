package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.text.AnalysedText;
import org.safeguardingkit.core.text.LexiconMatch;
import org.safeguardingkit.core.text.Sentence;
import org.safeguardingkit.core.text.TextSpan;
import org.safeguardingkit.core.text.Token;
import org.safeguardingkit.core.text.TokenKind;

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
            "isnt", "wasnt", "arent", "werent");
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
            "behavior", "boys", "girls", "children", "kids", "people", "young", "household", "home");
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
            "legible", "readable", "distressed");
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
        boolean[] judgementToken = new boolean[n];
        for (LexiconMatch m : matches) {
            String c = m.category();
            if (c.equals("label") || c.equals("predicate") || c.equals("state") || c.equals("emotive")) {
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    judgementToken[i] = true;
                }
            }
        }
        int[] lastBasis = lastBasisPerSentence(at);
        List<LexiconMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(LexiconMatch::firstToken).thenComparingInt(m -> -m.endToken()));
        int suppressEnd = -1;
        int sentenceOfLast = -1;
        boolean findingInSentence = false;
        for (LexiconMatch m : sorted) {
            int f = m.firstToken();
            Sentence s = at.sentenceOf(f);
            if (s.index() != sentenceOfLast) {
                sentenceOfLast = s.index();
                findingInSentence = false;
            }
            if (f < suppressEnd || !isWriters(at, m)) {
                continue;
            }
            Candidate c = judge(at, m, s, lastBasis, judgementToken, findingInSentence);
            if (c == null) {
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
        }
        return out;
    }

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

    private static boolean isWriters(AnalysedText at, LexiconMatch m) {
        int i = m.firstToken();
        return !at.isTokenQuoted(i) && !at.isTokenReported(i);
    }

    private static Candidate judge(AnalysedText at, LexiconMatch m, Sentence s, int[] lastBasis, boolean[] judgement,
            boolean findingInSentence) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String cat = m.category();
        boolean basis = lastBasis[s.index()] >= e || lastBasis[s.index()] == Integer.MAX_VALUE;
        switch (cat) {
            case "emotive":
                return labelSpan(at, m, cat);
            case "label":
            case "minimising":
                if (at.isNegated(f) || isLyingAtPlace(tokens, m)) {
                    return null;
                }
                return labelSpan(at, m, cat);
            case "motive":
                if (at.isNegated(f) || isLyingAtPlace(tokens, m)) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "attitude":
                if (f > 0 && at.isNegated(f) && !startsNegative(tokens.get(f))) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "predicate":
            case "state":
                if (at.isNegated(f)) {
                    return null;
                }
                if (e < s.endToken() && STATE_NEXT_BLOCK.contains(tokens.get(e).key())) {
                    return null;
                }
                if (!predicatePosition(at, m, s, judgement)) {
                    return null;
                }
                return labelSpan(at, m, cat);
            case "condition":
                if (at.isNegated(f) || !afterHave(tokens, f, s) || mentions(tokens, s, DIAGNOSIS_BASIS)) {
                    return null;
                }
                return new Candidate(f, e, cat, Severity.WARNING, e);
            case "harm":
            case "harm-ongoing":
                return harm(at, m, s, cat);
            case "certainty":
                return certainty(at, m, s);
            case "hedge":
                return hedge(at, m, s, basis);
            case "appearance":
                return appearance(at, m, s, basis);
            case "frame":
                return new Candidate(f, e, cat, basis ? Severity.INFO : Severity.WARNING, s.endToken());
            case "generalisation":
                return generalisation(at, m, s);
            case "fragment":
                return fragment(tokens, m, s) ? new Candidate(f, e, cat, Severity.WARNING, e) : null;
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
        while (first - 1 >= s.firstToken() && steps++ < 3) {
            String k = tokens.get(first - 1).key();
            if (k.equals("very") || k.equals("so") || k.equals("really") || k.equals("extremely") || k.equals("just")
                    || k.equals("too") || k.equals("totally") || k.equals("completely") || k.equals("utterly")
                    || k.equals("absolutely") || k.equals("incredibly") || k.equals("such") || k.equals("a") || k.equals("an")
                    || k.equals("compulsive") || k.equals("quite") || k.equals("proper") || k.equals("real")) {
                first--;
            } else {
                break;
            }
        }
        int end = m.endToken();
        if (end < s.endToken() && PERSON_NOUNS.contains(tokens.get(end).key()) && !cat.equals("emotive")) {
            end++;
        }
        return new Candidate(first, end, cat, Severity.WARNING, end);
    }

    private static boolean isLyingAtPlace(List<Token> tokens, LexiconMatch m) {
        Token last = tokens.get(m.endToken() - 1);
        if (!last.key().equals("lying")) {
            return false;
        }
        return m.endToken() < tokens.size() && LYING_PLACE.contains(tokens.get(m.endToken()).key());
    }

    private static boolean isCopula(Token t) {
        String k = t.key();
        if (COPULA.contains(k)) {
            return true;
        }
        String nrm = t.normal();
        return t.kind() == TokenKind.WORD && (nrm.endsWith("'s") || nrm.endsWith("'re") || nrm.endsWith("'m"));
    }

    private static boolean predicatePosition(AnalysedText at, LexiconMatch m, Sentence s, boolean[] judgement) {
        List<Token> tokens = at.tokens();
        int j = m.firstToken() - 1;
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 7) {
            Token t = tokens.get(j);
            if (isCopula(t)) {
                return true;
            }
            String k = t.key();
            boolean skippable = DEGREE.contains(k) || judgement[j] || t.text().equals(",")
                    || t.kind() == TokenKind.JOINER
                    || t.kind() == TokenKind.WORD && k.endsWith("ly") && k.length() > 4;
            if (!skippable) {
                return false;
            }
            j--;
        }
        if (j >= s.firstToken()) {
            return false;
        }
        // a fragment: "Lazy.", "Manipulative girl, ...", "Chaotic family"
        int e = m.endToken();
        if (e >= s.endToken()) {
            return true;
        }
        Token next = tokens.get(e);
        return next.kind() == TokenKind.PUNCTUATION || PERSON_NOUNS.contains(next.key()) || next.key().equals("and")
                || judgement[e];
    }

    private static boolean afterHave(List<Token> tokens, int f, Sentence s) {
        int j = f - 1;
        int steps = 0;
        while (j >= s.firstToken() && steps++ < 4) {
            String k = tokens.get(j).key();
            if (HAVE.contains(k)) {
                return true;
            }
            if (!CONDITION_SKIP.contains(k) && !(k.endsWith("ly") && k.length() > 4)) {
                return false;
            }
            j--;
        }
        return false;
    }

    private static boolean mentions(List<Token> tokens, Sentence s, Set<String> words) {
        for (int i = s.firstToken(); i < s.endToken() && i - s.firstToken() < 80; i++) {
            if (words.contains(tokens.get(i).key())) {
                return true;
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
            String k = t.key();
            if (k.endsWith("ly") && k.length() > 4 || k.equals("now") || k.equals("still") || k.equals("also")
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
        String bk = be.key();
        boolean ongoing = bk.equals("being") || bk.equals("getting");
        boolean anyBe = BE.contains(bk) || be.normal().endsWith("'s") && be.kind() == TokenKind.WORD;
        if (cat.equals("harm-ongoing") ? !ongoing : !anyBe) {
            return null;
        }
        if (at.isNegated(j) || at.isNegated(f)) {
            return null;
        }
        if (j - 1 >= s.firstToken()) {
            String before = tokens.get(j - 1).key();
            if (NOT_HARM_BEFORE.contains(before)) {
                return null;
            }
            if (j - 2 >= s.firstToken() && (before.equals("been") || before.equals("be"))
                    && NOT_HARM_BEFORE.contains(tokens.get(j - 2).key())) {
                return null;
            }
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
        String k = tokens.get(f).key();
        if (f - 1 >= s.firstToken()) {
            String prev = tokens.get(f - 1).key();
            if (MANNER_BEFORE.contains(prev)) {
                return null;
            }
            if (prev.equals("will") || prev.equals("ll") || prev.endsWith("ll") && tokens.get(f - 1).normal().endsWith("'ll")
                    || prev.equals("would") || prev.equals("shall")) {
                return null;
            }
            if (prev.equals("i") || prev.equals("we")) {
                return null;
            }
        }
        if (e < s.endToken() && MANNER_AFTER.contains(tokens.get(e).key()) && (k.equals("clearly") || k.equals("plainly"))) {
            return null;
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
        while (i < limit && i - from < 4 && AUX.contains(tokens.get(i).key())) {
            i++;
        }
        int content = 0;
        while (i < limit && content < max) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.JOINER) {
                i++;
                continue;
            }
            if (!t.isWordLike() || content > 0 && stopAtPrepositions && EXTENT_STOP.contains(t.key())) {
                break;
            }
            content++;
            i++;
        }
        // do not end on an article or a joining word
        while (i > from && (tokens.get(i - 1).key().equals("a") || tokens.get(i - 1).key().equals("the")
                || tokens.get(i - 1).key().equals("and") || tokens.get(i - 1).key().equals("to"))) {
            i--;
        }
        return Math.max(i, from);
    }

    private static Candidate hedge(AnalysedText at, LexiconMatch m, Sentence s, boolean basis) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String first = tokens.get(f).key();
        String last = tokens.get(e - 1).key();
        boolean firstPerson = first.equals("i") || first.equals("my");
        if (last.equals("be") && e < s.endToken()) {
            Token next = tokens.get(e);
            String nk = next.key();
            boolean participle = IRREGULAR_PARTICIPLES.contains(nk) || nk.endsWith("ed") && nk.length() > 4;
            if ((tokens.get(e - 2).key().equals("must") || tokens.get(e - 2).key().equals("could")) && participle) {
                return null; // "must be informed", "could be seen": not speculation
            }
            if (nk.equals("at") && e + 1 < s.endToken() && tokens.get(e + 1).key().equals("risk")) {
                return null; // risk language belongs to the professional assessment
            }
        }
        int clauseEnd = Math.min(at.clauseEnd(Math.min(e, tokens.size() - 1)), s.endToken());
        if (e >= s.endToken()) {
            clauseEnd = e;
        }
        if (basis) {
            return new Candidate(f, e, "hedge", null, Math.max(e, clauseEnd));
        }
        if (firstPerson) {
            return new Candidate(f, e, "hedge", Severity.WARNING, Math.max(e, clauseEnd));
        }
        int end = Math.max(e, Math.min(clauseEnd, e + 8));
        end = trimEnd(tokens, e, end);
        return new Candidate(f, end, "hedge", Severity.WARNING, Math.max(end, clauseEnd));
    }

    private static int trimEnd(List<Token> tokens, int min, int end) {
        while (end > min && !tokens.get(end - 1).isWordLike()) {
            end--;
        }
        return end;
    }

    private static Candidate appearance(AnalysedText at, LexiconMatch m, Sentence s, boolean basis) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        int e = m.endToken();
        String last = tokens.get(e - 1).key();
        int clauseEnd = Math.min(at.clauseEnd(Math.min(e, tokens.size() - 1)), s.endToken());
        if (e >= s.endToken()) {
            clauseEnd = e;
        }
        int end;
        if (last.equals("like") || last.equals("if") || last.equals("though")) {
            end = trimEnd(tokens, e, Math.max(e, Math.min(clauseEnd, e + 10)));
        } else if (e - f >= 2 || tokens.get(f).key().startsWith("look") || tokens.get(f).key().startsWith("sound")) {
            end = e; // "looked drunk"
        } else {
            // seem / appear + adjective
            int j = e;
            while (j < s.endToken() && j - e < 4 && APPEAR_SKIP.contains(tokens.get(j).key())) {
                if (tokens.get(j).key().equals("to") && j + 1 < s.endToken()) {
                    String v = tokens.get(j + 1).key();
                    if (!v.equals("be") && !v.equals("have")) {
                        return null; // "seemed to settle"
                    }
                }
                if (tokens.get(j).key().equals("a") && j + 1 < s.endToken() && !tokens.get(j + 1).key().equals("bit")
                        && !tokens.get(j + 1).key().equals("little")) {
                    break;
                }
                j++;
            }
            if (j >= s.endToken()) {
                return null;
            }
            Token x = tokens.get(j);
            if (x.key().equals("like") || x.key().equals("as")) {
                end = trimEnd(tokens, j, Math.max(j + 1, Math.min(clauseEnd, j + 10)));
            } else {
                if (!x.isWordLike() || x.kind() == TokenKind.NUMBER || APPEAR_NOT.contains(x.key())) {
                    return null;
                }
                end = j + 1;
            }
        }
        if (basis) {
            return new Candidate(f, end, "appearance", null, Math.max(end, clauseEnd));
        }
        return new Candidate(f, end, "appearance", Severity.WARNING, Math.max(end, clauseEnd));
    }

    private static Candidate generalisation(AnalysedText at, LexiconMatch m, Sentence s) {
        List<Token> tokens = at.tokens();
        int f = m.firstToken();
        if (f - 1 >= s.firstToken()) {
            Token prev = tokens.get(f - 1);
            if (GENERAL_NOT_BEFORE.contains(prev.key()) || prev.normal().endsWith("'ve") || prev.normal().endsWith("'ll")
                    || prev.normal().endsWith("'d")) {
                return null;
            }
        }
        int e = m.endToken();
        if (e >= s.endToken()) {
            return null;
        }
        Token next = tokens.get(e);
        String nk = next.key();
        if (!next.isWordLike() || PAST.contains(nk) || nk.endsWith("ed") || nk.equals("to") || nk.equals("be")
                || nk.equals("have") || nk.equals("had") || nk.equals("been") || nk.equals("again") || nk.equals("mind")
                || nk.equals("ever") || GENERAL_NOT_AFTER.contains(nk)) {
            return null;
        }
        int limit = Math.min(at.clauseEnd(e), s.endToken());
        int i = e;
        int words = 0;
        while (i < limit && words < 4) {
            Token t = tokens.get(i);
            if (!t.isWordLike() || words > 0 && (t.key().equals("and") || t.key().equals("but") || t.key().equals("when")
                    || t.key().equals("because") || t.key().equals("in") || t.key().equals("at") || t.key().equals("on")
                    || t.key().equals("during") || t.key().equals("if"))) {
                break;
            }
            words++;
            i++;
        }
        int end = trimEnd(tokens, e, i);
        return new Candidate(f, Math.max(end, e + 1), "generalisation", Severity.WARNING, Math.max(end, e + 1));
    }

    private static boolean fragment(List<Token> tokens, LexiconMatch m, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.isWordLike() && (i < m.firstToken() || i >= m.endToken())) {
                String k = t.key();
                if (!(k.equals("clearly") || k.equals("obviously") || k.equals("definitely") || k.equals("possible")
                        || k.equals("suspected") || k.equals("likely") || k.equals("probable"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** For each sentence: the index of its last basis connective, MAX_VALUE if it opens with one, -1 if none. */
    private static int[] lastBasisPerSentence(AnalysedText at) {
        List<Token> tokens = at.tokens();
        List<Sentence> sentences = at.sentences();
        int[] last = new int[sentences.size()];
        for (Sentence s : sentences) {
            int found = -1;
            Token firstWord = tokens.get(s.firstToken());
            if (SENTENCE_BASIS_START.contains(firstWord.key()) && !at.isTokenQuoted(s.firstToken())) {
                String nk = s.firstToken() + 1 < s.endToken() ? tokens.get(s.firstToken() + 1).key() : "";
                if (!firstWord.key().equals("as") || AS_BASIS_NEXT.contains(nk) || nk.equals("a")) {
                    last[s.index()] = Integer.MAX_VALUE;
                    continue;
                }
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (isBasis(tokens, i, s)) {
                    found = i;
                }
            }
            last[s.index()] = found;
        }
        return last;
    }

    private static boolean isBasis(List<Token> tokens, int i, Sentence s) {
        Token t = tokens.get(i);
        String k = t.key();
        boolean hasNext = i + 1 < s.endToken();
        String nk = hasNext ? tokens.get(i + 1).key() : "";
        Token next = hasNext ? tokens.get(i + 1) : null;
        switch (k) {
            case "because":
            case "cos":
            case "coz":
            case "evidenced":
                return true;
            case "as":
                return hasNext && (AS_BASIS_NEXT.contains(nk) || next.isCapitalised() && next.kind() == TokenKind.WORD);
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
            default:
                break;
        }
        if (t.kind() == TokenKind.PUNCTUATION && hasNext && next.isWordLike()) {
            String p = t.text();
            return p.equals(":") || p.equals("(") || (p.equals("-") || p.equals("\u2013") || p.equals("\u2014"))
                    && i > s.firstToken() && tokens.get(i - 1).end() < t.start();
        }
        return false;
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
