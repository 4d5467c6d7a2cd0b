package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.rules.FactOpinionRule;

/** Invariants of text analysis and of the fact-opinion rule over arbitrary input. */
class TextProperties {

    private static final FactOpinionRule RULE = new FactOpinionRule();
    private static final RuleContext CONTEXT = RuleContext.defaults();

    @Provide
    Arbitrary<String> recordLikeText() {
        return TestTexts.joined(List.of(
                        "Mum", "said", "told me", "she", "he", "I think", "probably", "was", "is", "being", "drunk",
                        "aggressive", "clearly", "always", "never", "not", "a liar", "seemed", "because", "as", ":", ";", ",",
                        ".", "!", "?", "\n", "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "(", ")",
                        "-", "didn't", "James'", "In my view", "according to", "called", "\uD83D\uDE00", "e.g.", "Mr.",
                        "neglected", "kicked off", "on purpose", "high", "an", "angry", "young", "man"),
                Arbitraries.strings().ofMaxLength(6), 60);
    }

    @Property(tries = 300)
    void analysisNeverThrowsAndEverySpanLiesInsideTheText(@ForAll("recordLikeText") String text) {
        checkAnalysis(text);
    }

    @Property(tries = 300)
    void arbitraryUnicodeIsAnalysedToo(@ForAll @StringLength(max = 200) String text) {
        checkAnalysis(text);
        checkRule(text);
    }

    /** The quote scanner sorts only quotes out of order (nested ones close first): either way they come in order. */
    @Property(tries = 300)
    void quotedSpansComeByStartThenDepth(@ForAll("recordLikeText") String text) {
        List<QuotedSpan> qs = AnalysedText.of(text).quotedSpans();
        for (int k = 1; k < qs.size(); k++) {
            QuotedSpan p = qs.get(k - 1);
            QuotedSpan q = qs.get(k);
            assertThat(p.start() < q.start() || p.start() == q.start() && p.depth() <= q.depth())
                    .as("%s before %s", p, q).isTrue();
        }
    }

    @Property(tries = 300)
    void ruleNeverThrowsKeepsSpansInsideAndIsDeterministic(@ForAll("recordLikeText") String text) {
        checkRule(text);
    }

    @Property(tries = 300)
    void keysAndHashesComputedWhileTokenizingAreTheTokensOwn(@ForAll("wordyText") String text) {
        checkAnalysis(text);
    }

    /** Words with capitals, apostrophes (straight and curly), digits with separators, and frequent words. */
    @Provide
    Arbitrary<String> wordyText() {
        return TestTexts.joined(List.of(
                        "the", "The", "THE", "she", "mum", "Mum's", "didn't", "DIDN'T", "don\u2019t", "no", "No.",
                        "i", "I", "we", "12:40", "8.05", "em", "'em", "cos", "mr", "Mr.", "but", "theirs", "them"),
                Arbitraries.strings().withChars("abcnotAZNT'\u2019019.,:-\u00E9").ofMinLength(1).ofMaxLength(8), 30);
    }

    private static void checkAnalysis(String text) {
        AnalysedText t = AnalysedText.of(text);
        int previousEnd = 0;
        for (Token k : t.tokens()) {
            assertThat(k.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(k.start(), k.end())).isEqualTo(k.text());
            assertThat(k.normal()).isEqualTo(Token.normalise(k.text()));
            assertThat(t.key(k.index())).isEqualTo(k.key());
            assertThat(t.keyHashes()[k.index()]).isEqualTo(k.key().hashCode());
            previousEnd = k.end();
        }
        for (Sentence s : t.sentences()) {
            assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.span().text());
        }
        for (QuotedSpan q : t.quotedSpans()) {
            assertThat(q.end()).isLessThanOrEqualTo(text.length());
            assertThat(q.contentStart()).isGreaterThan(q.start());
            assertThat(t.isInsideQuote(q.start())).isTrue();
        }
        for (ReportedSpeech r : t.reportedSpeech()) {
            assertThat(r.contentEnd()).isLessThanOrEqualTo(text.length());
            r.speaker().span().ifPresent(sp -> assertThat(text.substring(sp.start(), sp.end())).isEqualTo(sp.text()));
        }
        for (int i = 0; i <= text.length(); i++) {
            t.speakerAt(i);
            t.isInsideQuote(i);
        }
        assertThat(AnalysedText.of(text).quotedSpans()).isEqualTo(t.quotedSpans());
        assertThat(AnalysedText.of(text).reportedSpeech()).isEqualTo(t.reportedSpeech());
    }

    private static void checkRule(String text) {
        List<Finding> first = RULE.checkText(text, "summary", CONTEXT);
        for (Finding f : first) {
            assertThat(f.span()).isPresent();
            f.span().ifPresent(sp -> {
                assertThat(sp.start()).isGreaterThanOrEqualTo(0);
                assertThat(sp.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(sp.start(), sp.end())).isEqualTo(sp.text());
            });
            assertThat(f.suggestion()).isPresent();
        }
        assertThat(RULE.checkText(text, "summary", CONTEXT)).isEqualTo(first);
    }
}
