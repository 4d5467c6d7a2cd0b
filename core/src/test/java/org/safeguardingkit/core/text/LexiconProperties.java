package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardingkit.core.quality.rules.FactOpinionRule;

/**
 * The compiled matcher of {@link Lexicon} against a naive one that tries every form of every entry at every token,
 * on texts built from the lexicon's own words: the same matches in the same order.
 */
class LexiconProperties {

    private static final Lexicon BUILT_IN = FactOpinionRule.lexicon();

    /** A small lexicon with stems, "any word" steps, shared prefixes and suffixes and a repeated entry. */
    private static final Lexicon SMALL = Lexicon.parse("small", """
            @default label | x
            kick{ed,ing,s,} off | label
            kick{ed,ing,s,} off at | label
            play{s,ed,ing} _ off against | label
            play{s,ed,ing} _ off | label
            manipulat* | label
            manip* child | label
            manipulative child | label
            _ off | label
            kick{ed,ing,s,} off | label
            attention-seeking | label
            {doesn't,don't} care | label
            """);

    @Provide
    Arbitrary<String> builtInText() {
        return textOf(BUILT_IN);
    }

    @Provide
    Arbitrary<String> smallText() {
        return textOf(SMALL);
    }

    /** Texts of 60 to 200 pieces (a record summary and more). */
    @Provide
    Arbitrary<String> longBuiltInText() {
        return textOf(BUILT_IN, 60, 200);
    }

    @Property(tries = 100)
    void longTextsMatchAsTheNaiveMatcher(@ForAll("longBuiltInText") String text) {
        check(BUILT_IN, text);
    }

    @Property(tries = 400)
    void theBuiltInLexiconMatchesAsTheNaiveMatcher(@ForAll("builtInText") String text) {
        check(BUILT_IN, text);
    }

    @Property(tries = 400)
    void stemsAndAnyWordsMatchAsTheNaiveMatcher(@ForAll("smallText") String text) {
        check(SMALL, text);
    }

    private static void check(Lexicon lexicon, String text) {
        AnalysedText analysed = AnalysedText.of(text);
        assertThat(render(lexicon.match(analysed))).isEqualTo(render(naive(lexicon, analysed)));
    }

    private static List<String> render(List<LexiconMatch> matches) {
        return matches.stream().map(m -> m.firstToken() + ".." + m.endToken() + " " + m.span().text() + " " + m.entry())
                .toList();
    }

    /** Texts of whole phrase forms, single words of them, other words and punctuation, in any order. */
    private static Arbitrary<String> textOf(Lexicon lexicon) {
        return textOf(lexicon, 0, 40);
    }

    /** {@link #textOf(Lexicon)} with {@code min} to {@code max} pieces. */
    private static Arbitrary<String> textOf(Lexicon lexicon, int min, int max) {
        List<String> forms = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (List<Lexicon.Step> form : Lexicon.compile(entry)) {
                List<String> written = new ArrayList<>();
                for (Lexicon.Step step : form) {
                    String word = switch (step.kind()) {
                        case EXACT -> step.value();
                        case PREFIX -> step.value() + "ing";
                        case ANY -> "someone";
                    };
                    written.add(word);
                    words.add(word);
                }
                forms.add(String.join(" ", written));
            }
        }
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(forms)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(words)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("the", "and", "she", "was", "very", ",", ".", "-", "'", "\"",
                        "It", "off", "child", "manipul", "Kicked", "e.g.", "don't", "1", "\u2019")));
        return piece.list().ofMinSize(min).ofMaxSize(max).map(l -> String.join(" ", l));
    }

    private static final java.util.Map<Lexicon, Forms> FORMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A form of the entry with the given number. */
    private record Form(LexiconEntry entry, int number, List<Lexicon.Step> steps) {
    }

    /** A lexicon's forms: those starting with a word by the word, the others (stem or "any word" first) in a list. */
    private record Forms(java.util.Map<String, List<Form>> byFirstWord, List<Form> others) {
        static Forms of(Lexicon lexicon) {
            java.util.Map<String, List<Form>> byFirstWord = new java.util.HashMap<>();
            List<Form> others = new ArrayList<>();
            List<LexiconEntry> entries = lexicon.entries();
            for (int e = 0; e < entries.size(); e++) {
                for (List<Lexicon.Step> steps : Lexicon.compile(entries.get(e))) {
                    Form f = new Form(entries.get(e), e, steps);
                    if (steps.get(0).kind() == Lexicon.StepKind.EXACT) {
                        byFirstWord.computeIfAbsent(steps.get(0).value(), w -> new ArrayList<>()).add(f);
                    } else {
                        others.add(f);
                    }
                }
            }
            return new Forms(byFirstWord, others);
        }
    }

    /** One way to match: the entry, where it ends, and the kind of step taken at each token (the walk's order). */
    private record Found(LexiconEntry entry, int number, int end, List<Integer> ranks) {
    }

    /**
     * Every form of every entry tried at every token that is not a joiner, skipping joiners between steps; a walk's
     * matches are ordered longest first, then as the compiled walk meets them (stems, longest first, before "any
     * word" before words; in one node in entry order), and a match equal in end and entry to one before is dropped.
     */
    private static List<LexiconMatch> naive(Lexicon lexicon, AnalysedText text) {
        List<Token> tokens = text.tokens();
        List<LexiconMatch> out = new ArrayList<>();
        for (int s = 0; s < tokens.size(); s++) {
            if (tokens.get(s).kind() == TokenKind.JOINER) {
                continue;
            }
            List<Found> found = new ArrayList<>();
            Forms forms = FORMS.computeIfAbsent(lexicon, Forms::of);
            for (Form f : forms.byFirstWord().getOrDefault(tokens.get(s).key(), List.of())) {
                walk(tokens, f.steps(), 0, s, new ArrayList<>(), f.entry(), f.number(), found);
            }
            for (Form f : forms.others()) {
                walk(tokens, f.steps(), 0, s, new ArrayList<>(), f.entry(), f.number(), found);
            }
            found.sort(Comparator.comparingInt((Found f) -> -f.end()).thenComparing(Found::ranks, LexiconProperties::compare)
                    .thenComparingInt(Found::number));
            List<Found> kept = new ArrayList<>();
            for (Found f : found) {
                if (kept.stream().noneMatch(k -> k.end() == f.end() && k.entry().equals(f.entry()))) {
                    kept.add(f);
                }
            }
            for (Found f : kept) {
                TextSpan span = TextSpan.of(text.text(), tokens.get(s).start(), tokens.get(f.end() - 1).end());
                out.add(new LexiconMatch(f.entry(), s, f.end(), span));
            }
        }
        return out;
    }

    private static void walk(List<Token> tokens, List<Lexicon.Step> form, int i, int t, List<Integer> ranks,
            LexiconEntry entry, int number, List<Found> found) {
        if (t >= tokens.size()) {
            return;
        }
        Token token = tokens.get(t);
        Lexicon.Step step = form.get(i);
        int rank;
        switch (step.kind()) {
            case EXACT -> {
                if (!token.key().equals(step.value())) {
                    return;
                }
                rank = 1;
            }
            case ANY -> {
                if (!token.isWordLike()) {
                    return;
                }
                rank = 0;
            }
            default -> {
                if (!token.isWordLike() || !token.key().startsWith(step.value())) {
                    return;
                }
                rank = -step.value().length();
            }
        }
        List<Integer> path = new ArrayList<>(ranks);
        path.add(rank);
        if (i + 1 == form.size()) {
            found.add(new Found(entry, number, t + 1, path));
            return;
        }
        int next = t + 1;
        while (next < tokens.size() && tokens.get(next).kind() == TokenKind.JOINER) {
            next++;
        }
        walk(tokens, form, i + 1, next, path, entry, number, found);
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
