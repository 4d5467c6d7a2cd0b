package org.safeguardingkit.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds reported speech and its speaker (internal). */
final class ReportedSpeechFinder {

    /** A report found, with token indices of its content (internal). */
    record Found(ReportedSpeech report, int contentFirstToken, int contentEndToken) {
    }

    /**
     * The cue lexicon, in a class of its own so that it is made on first use: a lexicon numbers its words by the
     * {@link WordClasses} table, which reads this class's word lists while it is built.
     */
    private static final class Cues {
        static final Lexicon CUES = Lexicon.fromResource(ReportedSpeechFinder.class, "reporting-cues.txt");
    }

    static final Set<String> SKIP_BACK = words(
            "has", "have", "had", "was", "were", "is", "are", "did", "does", "do", "will", "would", "could", "can", "may",
            "might", "also", "then", "later", "just", "already", "first", "now", "again", "previously", "originally",
            "initially", "even", "only", "both", "all", "herself", "himself", "themselves", "repeatedly", "openly", "quietly",
            "calmly", "clearly", "not", "never", "didnt", "doesnt", "hasnt", "havent", "wasnt", "wouldnt", "always",
            "since", "today", "yesterday", "once", "still", "been", "being", "really", "immediately", "further",
            "spontaneously", "tearfully", "eventually", "finally");
    static final Set<String> BE = words("was", "were", "is", "are", "been", "being", "be", "get", "got");
    static final Set<String> STOP = words(
            "and", "but", "or", "that", "when", "because", "as", "so", "who", "which", "while", "if", "to", "at", "in", "on",
            "with", "by", "for", "after", "before", "from", "into", "about", "than", "where", "what", "once", "until",
            "whether", "how", "why", "though", "although", "also", "it", "there", "this", "these", "those");
    static final Set<String> OBJECT_VERBS = words(
            "tell", "tells", "told", "telling", "inform", "informs", "informed", "ask", "asks", "asked", "warn", "warns",
            "warned", "accuse", "accuses", "accused", "reminded", "reassured", "advised", "challenged");
    static final Set<String> SUBORDINATORS = words(
            "when", "as", "if", "because", "after", "before", "until", "while", "whether", "that", "what", "how", "why");
    static final Set<String> OBJECT_PRONOUNS = words(
            "me", "us", "him", "her", "them", "you", "everyone", "staff", "someone");
    static final Set<String> CLAUSE_JOINERS = words("and", "but", "so", "then", "yet");
    static final Set<String> NOT_A_SPEAKER = words("which", "this", "what");
    /**
     * Speech verbs that, opening a note with no subject, cannot be the writer's own: a third-person present
     * ("Says she was pushed") or a verb a writer does not use of themselves ("Disclosed that ...", "Alleges ...").
     */
    static final Set<String> OTHERS_SPEECH = words(
            "says", "claims", "states", "alleges", "tells", "mentions", "admits", "denies", "insists", "maintains",
            "reckons", "thinks", "believes", "feels", "disclosed", "alleged", "claimed", "admitted", "denied", "confided");
    static final Set<String> FIRST_PERSON = words("i", "we", "im", "ive", "id");

    /** Words that, after a comma, open the writer's own comment on what was reported: "..., probably just a bad day". */
    static final Set<String> COMMENT_OPENERS = words(
            "probably", "prob", "probs", "prolly", "unlikely", "doubtful", "yeah");

    private ReportedSpeechFinder() {
    }

    /**
     * Whether the words at {@code i} (right after a comma) are the writer commenting on the report before them:
     * "Ollie said he wanted to die, prob just a bad day", "says she slept at her nan's, not sure how true that is",
     * "says he walked into a door, as if.", "..., yeah right".
     */
    private static boolean isWritersComment(String[] keys, int i, int end) {
        String k = keys[i];
        if (COMMENT_OPENERS.contains(k)) {
            return !k.equals("yeah") || i + 1 < end && keys[i + 1].equals("right");
        }
        if (i + 1 >= end) {
            return false;
        }
        String next = keys[i + 1];
        return k.equals("not") && (next.equals("sure") || next.equals("convinced"))
                || k.equals("as") && next.equals("if") && (i + 2 >= end || !Character.isLetterOrDigit(keys[i + 2].charAt(0)))
                || k.equals("which") && (next.equals("i") || next.equals("seems") || next.equals("is"));
    }

    static List<Found> find(String text, List<Token> tokens, String[] keys, int[] hashes, int[] cls, int[] slots,
            int[] nextOf,
            int[] sentenceOf, List<Sentence> sentences,
            List<QuoteScanner.Found> quotes, WorkMeter meter) {
        int n = tokens.size();
        List<Found> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        List<LexiconMatch> cues = Cues.CUES.match(text, tokens, keys, hashes, slots, nextOf, meter);
        if (cues.isEmpty()) {
            return out; // most texts report nobody's words: no tables needed
        }
        // quote opening at token -> quote (null when the text quotes nobody, as most do)
        QuoteScanner.Found[] quoteAt = quotes.isEmpty() ? null : new QuoteScanner.Found[n];
        for (QuoteScanner.Found q : quotes) {
            if (quoteAt[q.openToken()] == null) {
                quoteAt[q.openToken()] = q;
            }
        }
        // closing quotation marks: '... "just messing" but he was ...' - the writer takes over after the quote
        boolean[] closesQuote = quotes.isEmpty() ? null : new boolean[n];
        for (QuoteScanner.Found q : quotes) {
            int close = q.endTokenExclusive() - 1;
            if (close > q.openToken() && close < n && tokens.get(close).kind() == TokenKind.QUOTE) {
                closesQuote[close] = true;
            }
        }
        Scopes scopes = new Scopes(tokens, keys, cls, sentenceOf, sentences, closesQuote, meter);
        int lastFirst = -1;
        for (LexiconMatch cue : cues) {
            if (cue.firstToken() == lastFirst) {
                continue; // longest cue at a position only
            }
            lastFirst = cue.firstToken();
            meter.add(1);
            ReportKind kind = ReportKind.valueOf(cue.category());
            Sentence sentence = sentences.get(sentenceOf[cue.firstToken()]);
            Speaker speaker;
            int contentFirst;
            int contentEnd;
            boolean direct = false;
            if (kind == ReportKind.ACCORDING_TO) {
                int np = cue.endToken();
                int npEnd = np;
                while (npEnd < sentence.endToken() && npEnd - np < 5 && tokens.get(npEnd).isWordLike()
                        && (cls[npEnd] & WordClasses.STOP) == 0) {
                    npEnd++;
                }
                if (npEnd == np) {
                    continue;
                }
                speaker = speakerOf(text, tokens, keys, cls, np, npEnd, sentences, sentenceOf);
                if (cue.firstToken() == sentence.firstToken()) {
                    contentFirst = npEnd;
                    contentEnd = sentence.endToken();
                } else {
                    contentFirst = sentence.firstToken();
                    contentEnd = cue.firstToken();
                }
            } else if (kind == ReportKind.HEARSAY) {
                speaker = Speaker.unnamed(SpeakerRole.UNKNOWN);
                if (cue.endToken() < sentence.endToken() && tokens.get(cue.endToken()).isWordLike()
                        || cue.endToken() + 1 < sentence.endToken() && tokens.get(cue.endToken()).text().equals(",")) {
                    contentFirst = cue.endToken();
                    contentEnd = scopes.scopeEnd(cue.endToken());
                } else {
                    contentFirst = sentence.firstToken();
                    contentEnd = cue.firstToken();
                }
            } else {
                if (cue.firstToken() > sentence.firstToken()
                        && (cls[cue.firstToken() - 1] & WordClasses.NOT_A_SPEAKER) != 0) {
                    continue; // "which explains his behaviour", "this suggests": a fact explains, nobody speaks
                }
                speaker = subjectOf(text, tokens, keys, cls, cue, sentence, sentences, sentenceOf, meter);
                if (kind == ReportKind.THOUGHT && speaker.role() == SpeakerRole.WRITER) {
                    continue; // "I think": the writer's own hedge, not a report
                }
                int c = cue.endToken();
                int before = tokenBefore(tokens, cue.firstToken(), speaker, sentence);
                if (kind == ReportKind.SAID && before > sentence.firstToken() && tokens.get(before).text().equals(",")) {
                    // "Dad was drunk, Callie told me, and fell asleep": the words before the comma are Callie's
                    int after = (cls[cue.endToken() - 1] & WordClasses.OBJECT_VERB) != 0
                            ? skipObject(tokens, keys, cls, c, sentence.endToken()) : c;
                    if (after >= sentence.endToken() || tokens.get(after).text().equals(",")
                            || tokens.get(after).kind() == TokenKind.PUNCTUATION && after + 1 >= sentence.endToken()) {
                        int end = after < sentence.endToken() && tokens.get(after).text().equals(",") && after + 1 < n
                                ? Math.max(scopes.scopeEnd(after + 1), after + 1) : before;
                        int startOffset = tokens.get(sentence.firstToken()).start();
                        int endOffset = tokens.get(end - 1).end();
                        if (endOffset > startOffset && hasWord(tokens, sentence.firstToken(), end)) {
                            out.add(new Found(new ReportedSpeech(kind, speaker, cue.span(), startOffset, endOffset, false),
                                    sentence.firstToken(), end));
                        }
                        continue;
                    }
                }
                if (kind == ReportKind.CALLED) {
                    int obj = c;
                    while (obj < sentence.endToken() && obj - c < 3 && tokens.get(obj).isWordLike()
                            && !keys[obj].equals("a") && !keys[obj].equals("an")
                            && (cls[obj] & WordClasses.STOP) == 0 && !isPlaceWord(keys[obj])) {
                        obj++;
                    }
                    if (obj == c || obj >= sentence.endToken()) {
                        continue;
                    }
                    Token after = tokens.get(obj);
                    boolean name = keys[obj].equals("a") || keys[obj].equals("an") || after.kind() == TokenKind.QUOTE;
                    if (!name) {
                        continue;
                    }
                    if (after.kind() == TokenKind.QUOTE && quoteAt != null && quoteAt[obj] != null) {
                        contentFirst = obj;
                        contentEnd = quoteAt[obj].endTokenExclusive();
                        direct = true;
                    } else {
                        contentFirst = obj;
                        contentEnd = obj;
                        while (contentEnd < sentence.endToken() && tokens.get(contentEnd).isWordLike()
                                && (contentEnd == obj || (cls[contentEnd] & WordClasses.STOP) == 0)
                                && contentEnd - obj < 6) {
                            contentEnd++;
                        }
                    }
                } else {
                    if (kind == ReportKind.SAID && (cls[cue.endToken() - 1] & WordClasses.OBJECT_VERB) != 0) {
                        c = skipObject(tokens, keys, cls, c, sentence.endToken());
                    } else if (c < sentence.endToken() && keys[c].equals("to")) {
                        if (kind == ReportKind.THOUGHT) {
                            continue; // "wanted to get sent out": an infinitive, not words or thoughts reported
                        }
                        c = skipObject(tokens, keys, cls, c + 1, sentence.endToken());
                    }
                    while (c < sentence.endToken() && (tokens.get(c).text().equals(",") || tokens.get(c).text().equals(":")
                            || keys[c].equals("that"))) {
                        c++;
                    }
                    if (c >= sentence.endToken()) {
                        continue;
                    }
                    if (tokens.get(c).kind() == TokenKind.QUOTE && quoteAt != null && quoteAt[c] != null) {
                        contentFirst = c;
                        contentEnd = quoteAt[c].endTokenExclusive();
                        direct = true;
                    } else {
                        contentFirst = c;
                        contentEnd = Math.max(scopes.scopeEnd(c), c);
                        int but = scopes.nextBut(c);
                        if (but + 1 < contentEnd && speaker.span().isPresent()
                                && tokens.get(but + 1).isCapitalised()
                                && tokens.get(but + 1).text().equals(speaker.mention())) {
                            contentEnd = but; // the speaker named in the third person: the writer speaks again
                        }
                    }
                }
            }
            if (contentEnd <= contentFirst || !hasWord(tokens, contentFirst, contentEnd)) {
                continue;
            }
            int startOffset = tokens.get(contentFirst).start();
            int endOffset = tokens.get(contentEnd - 1).end();
            if (endOffset <= startOffset) {
                continue;
            }
            ReportedSpeech r = new ReportedSpeech(kind, speaker, cue.span(), startOffset, endOffset, direct);
            out.add(new Found(r, contentFirst, contentEnd));
        }
        return out;
    }

    /**
     * Per token, the next "but" in its sentence (for "Oscar says Jack started it but Oscar is ...") and where
     * indirect reported words starting there end (sentence end, a semicolon, or a first-person main clause). Worked
     * out a whole sentence at a time, when a cue in or next to it first asks: most sentences hold no cue.
     */
    private static final class Scopes {
        private final List<Token> tokens;
        private final String[] keys;
        private final int[] cls;
        private final int[] sentenceOf;
        private final List<Sentence> sentences;
        /** Closing quotation marks of quotes, null when the text quotes nobody. */
        private final boolean[] closesQuote;
        private final WorkMeter meter;
        private final int[] nextBut;
        private final int[] scopeEnd;
        /** Whether each sentence has been worked out. */
        private final boolean[] done;

        Scopes(List<Token> tokens, String[] keys, int[] cls, int[] sentenceOf, List<Sentence> sentences,
                boolean[] closesQuote, WorkMeter meter) {
            this.tokens = tokens;
            this.keys = keys;
            this.cls = cls;
            this.sentenceOf = sentenceOf;
            this.sentences = sentences;
            this.closesQuote = closesQuote;
            this.meter = meter;
            int n = tokens.size();
            this.nextBut = new int[n];
            this.scopeEnd = new int[n];
            this.done = new boolean[sentences.size()];
        }

        /** @return where indirect reported words starting at token {@code i} end */
        int scopeEnd(int i) {
            need(i);
            return scopeEnd[i];
        }

        /** @return the next "but" at or after token {@code i} in its sentence ({@code n} for none) */
        int nextBut(int i) {
            need(i);
            return nextBut[i];
        }

        private void need(int i) {
            int si = sentenceOf[i];
            if (done[si]) {
                return;
            }
            done[si] = true;
            Sentence s = sentences.get(si);
            int n = tokens.size();
            int first = s.firstToken();
            int end = s.endToken();
            // backwards, each entry from the one after it
            for (int k = end - 1; k >= first; k--) {
                meter.add(1);
                // "but" is a scope breaker: the flag rules most words out before comparing
                boolean but = (cls[k] & WordClasses.SCOPE_BREAKER) != 0 && keys[k].equals("but");
                nextBut[k] = but ? k : k + 1 < end ? nextBut[k + 1] : n;
                boolean stop = keys[k].equals(";") || isFirstPersonClause(tokens, keys, cls, k, first)
                        || k > first && but && (keys[k - 1].equals(",") || closesQuote != null && closesQuote[k - 1])
                        || k > first && keys[k - 1].equals(",") && isWritersComment(keys, k, end);
                scopeEnd[k] = stop ? k : k + 1 < end ? scopeEnd[k + 1] : end;
            }
        }
    }

    /** The token just before the speaker's words (or before the cue when the speaker is not written). */
    private static int tokenBefore(List<Token> tokens, int cueFirst, Speaker speaker, Sentence sentence) {
        if (speaker.span().isEmpty()) {
            return cueFirst - 1;
        }
        int start = speaker.span().get().start();
        int k = cueFirst - 1;
        while (k >= sentence.firstToken() && tokens.get(k).start() >= start && cueFirst - k < 16) {
            k--;
        }
        return k;
    }

    private static boolean hasWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < from + 8; i++) {
            if (tokens.get(i).isWordLike()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceWord(String key) {
        return key.equals("into") || key.equals("back") || key.equals("up") || key.equals("out") || key.equals("off")
                || key.equals("the") && false;
    }

    private static boolean isFirstPersonClause(List<Token> tokens, String[] keys, int[] cls, int i, int sentenceFirst) {
        if ((cls[i] & WordClasses.FIRST_PERSON) == 0) {
            return false;
        }
        if (i == sentenceFirst) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.text().equals(",") || prev.text().equals(";") || prev.text().equals(":") || prev.text().equals("-")
                || prev.text().equals("\u2013")) {
            return i < 2 || (cls[i - 2] & WordClasses.SUBORDINATOR) == 0;
        }
        return (cls[i - 1] & WordClasses.CLAUSE_JOINER) != 0;
    }

    private static int skipObject(List<Token> tokens, String[] keys, int[] cls, int c, int end) {
        int start = c;
        while (c < end && c - start < 5) {
            Token t = tokens.get(c);
            if (t.text().equals("(")) {
                int k = c + 1;
                while (k < end && k - c < 12 && !tokens.get(k).text().equals(")")) {
                    k++;
                }
                if (k < end && tokens.get(k).text().equals(")")) {
                    c = k + 1;
                    continue;
                }
                break;
            }
            String k = keys[c];
            if (!t.isWordLike() || (cls[c] & WordClasses.STOP) != 0 && !k.equals("to")) {
                break;
            }
            if (k.equals("to")) {
                break;
            }
            int f = cls[c];
            c++;
            if ((f & WordClasses.OBJECT_PRONOUN) != 0) {
                // "told her that ..." / "told her tutor that ...": a possessive her may go on to a noun
                if (!k.equals("her") || c >= end || !tokens.get(c).isWordLike() || (cls[c] & WordClasses.STOP) != 0
                        || isClauseStart(keys[c])) {
                    break;
                }
            }
        }
        return c;
    }

    private static boolean isClauseStart(String k) {
        return k.equals("she") || k.equals("he") || k.equals("they") || k.equals("i") || k.equals("we") || k.equals("it")
                || k.equals("there") || k.equals("mum") || k.equals("dad");
    }

    private static Speaker subjectOf(String text, List<Token> tokens, String[] keys, int[] cls, LexiconMatch cue, Sentence sentence,
            List<Sentence> sentences, int[] sentenceOf, WorkMeter meter) {
        int i = cue.firstToken() - 1;
        boolean passive = false;
        int steps = 0;
        // skip auxiliaries and adverbs: "has also said", "was told"
        while (i >= sentence.firstToken() && steps++ < 6) {
            meter.add(1);
            Token t = tokens.get(i);
            if (t.isWordLike() && (cls[i] & WordClasses.SKIP_BACK) != 0) {
                if ((cls[i] & WordClasses.BE) != 0) {
                    passive = true;
                }
                i--;
            } else {
                break;
            }
        }
        String cueWord = keys[cue.firstToken()];
        if (passive && (cueWord.endsWith("ed") || cueWord.equals("told") || cueWord.equals("said") || cueWord.equals("thought")
                || cueWord.equals("felt") || cueWord.equals("written"))) {
            return Speaker.unnamed(SpeakerRole.UNKNOWN);
        }
        int end = i + 1;
        int start = end;
        steps = 0;
        while (i >= sentence.firstToken() && steps++ < 8) {
            meter.add(1);
            Token t = tokens.get(i);
            if (t.text().equals(")")) {
                int k = i - 1;
                while (k >= sentence.firstToken() && i - k < 12 && !tokens.get(k).text().equals("(")) {
                    k--;
                }
                if (k >= sentence.firstToken() && tokens.get(k).text().equals("(")) {
                    i = k - 1;
                    continue;
                }
                break;
            }
            if (t.kind() == TokenKind.QUOTE && i > sentence.firstToken() && tokens.get(i - 1).end() == t.start()
                    && tokens.get(i - 1).isWordLike()) {
                i--; // "James' mum"
                continue;
            }
            if (t.kind() == TokenKind.JOINER) {
                i--;
                continue;
            }
            if (!t.isWordLike() || (cls[i] & WordClasses.STOP) != 0 && !keys[i].equals("of")) {
                break;
            }
            if (i + 1 < end && tokens.get(i + 1).isWordLike() && start - i > 0 && isPronoun(keys[start])) {
                break; // "... he said": the pronoun alone is the subject
            }
            start = i;
            i--;
        }
        if (start >= end) {
            if (i < sentence.firstToken() || start == sentence.firstToken()) {
                if (OTHERS_SPEECH.contains(cueWord)) {
                    return Speaker.unnamed(SpeakerRole.UNKNOWN); // "Says Tiana is being bullied.": not the writer's
                }
                return Speaker.unnamed(SpeakerRole.WRITER); // "Told mum at pick-up."
            }
            // "Mum came in and said ...": the subject of the sentence
            int s = sentence.firstToken();
            int e = s;
            while (e < cue.firstToken() && e - s < 4 && tokens.get(e).isWordLike()
                    && (cls[e] & (WordClasses.STOP | WordClasses.SKIP_BACK)) == 0) {
                e++;
            }
            if (e == s) {
                return Speaker.unnamed(SpeakerRole.UNKNOWN);
            }
            return speakerOf(text, tokens, keys, cls, s, e, sentences, sentenceOf);
        }
        // keep only the last few words before the verb: "yesterday Mum" -> "Mum"
        return speakerOf(text, tokens, keys, cls, start, end, sentences, sentenceOf);
    }

    private static boolean isPronoun(String k) {
        return k.equals("he") || k.equals("she") || k.equals("they") || k.equals("i") || k.equals("we");
    }

    static Speaker speakerOf(String text, List<Token> tokens, String[] keys, int[] cls, int start, int end,
            List<Sentence> sentences, int[] sentenceOf) {
        TextSpan span = TextSpan.of(text, tokens.get(start).start(), tokens.get(end - 1).end());
        SpeakerRole role = SpeakerRoles.classify(tokens, keys, cls, start, end);
        if (role == SpeakerRole.CHILD && end - start == 1) {
            // "Mum phoned after school. She said ...": a pronoun opening a sentence may mean the adult just named
            String p = keys[start];
            int si = sentenceOf[start];
            if ((p.equals("she") || p.equals("he")) && si > 0 && sentences.get(si).firstToken() == start) {
                Sentence prev = sentences.get(si - 1);
                int e = prev.firstToken();
                while (e < prev.endToken() && e - prev.firstToken() < 3 && tokens.get(e).isWordLike()) {
                    e++;
                }
                if (e > prev.firstToken()) {
                    SpeakerRole prevRole = SpeakerRoles.classify(tokens, keys, cls, prev.firstToken(), e);
                    if (prevRole != SpeakerRole.CHILD && prevRole != SpeakerRole.NAMED && prevRole != SpeakerRole.WRITER
                            && prevRole != SpeakerRole.UNKNOWN && SpeakerRoles.genderAgrees(cls, prev.firstToken(), e, p)) {
                        role = prevRole;
                    }
                }
            }
        }
        return Speaker.of(role, span.text(), span);
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
