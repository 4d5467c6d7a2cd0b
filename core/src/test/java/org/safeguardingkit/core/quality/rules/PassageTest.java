package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardingkit.core.text.AnalysedText;
import org.safeguardingkit.core.text.TestTexts;

/**
 * A passage built from the shared analysis (words the analysis cuts alike taken over from its tokens) is the one the
 * character scan alone gives, for any text: same tokens, lower-case forms, casing, sentences and quote flags.
 */
class PassageTest {

    /** Words the two tokenizers cut differently, quotes, breaks and characters beyond ASCII. */
    @Provide
    Arbitrary<String> recordLikeText() {
        return TestTexts.joined(List.of(
                        "Mum", "said", "self-harm", "n.f.a", "N.F.A.", "f**k", "f***", "**", "don't", "DON'T",
                        "don\u2019t", "24/7", "A&E", "and/or", "x*y", "1,000", "12:40", "3.5", "e.g.", "Mr.", "Dr", "J.",
                        "St", "no.", "No.", "James'", "'em", "it's", "9'o", "\u00A350", "50%", "%", "caf\u00E9",
                        "CAF\u00C9", "e\u0301", "\u0130stanbul", "stra\u00DFe", "\uFB01le", "\u01C5", "\u02BC",
                        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "(", ")", "-", "\u2014", ".", "...",
                        "!?", "?", "\n", "\r\n", "\t", "\u00A0", "\u200B", "\u0001", "\u007F", "\uD83D\uDE00",
                        "\uD800", "\uDFFF", "ab\uDBFFcd", "\uDC00Mum", "\uD835\uDC00b",
                        "He said 'no.' Then", "\"Stop.\" She", "\u201CHello\u201D she said.", "OK", "ok", "Ok"),
                Arbitraries.strings().withChars("abAZ09'\u2019-.*&/%:,\u00E9 ").ofMaxLength(6), 40);
    }

    @Property(tries = 1000)
    void builtFromTheAnalysisAsFromTheCharacters(@ForAll("recordLikeText") String text) {
        assertSame(text);
    }

    @Property(tries = 300)
    void anyTextToo(@ForAll @StringLength(max = 200) String text) {
        assertSame(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She is self-harming, N.F.A. and f**k 24/7.", "Don't, he said at 12:40 (about \u00A350).",
        "CAF\u00C9 in \u0130stanbul: \u201Cok\u201D.", "no. 5 Mr. J. Smith said 'go.' Then left!", "",
        "Lone \uD800surrogates\uDC00 Don't self-harm.", "Mum \uD835\uDC00bc said"})
    void examples(String text) {
        assertSame(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Self-harm n.f.a don't f**k 24/7 A&E 12:40"})
    void joinsWhatTheAnalysisSplits(String text) {
        Passage p = Passage.of(text, AnalysedText.of(text));
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < p.size; i++) {
            lower.add(p.lower[i]);
        }
        assertThat(lower).containsExactly("self-harm", "n.f.a", "don't", "f**k", "24/7", "a&e", "12", ":", "40");
        assertThat(p.casing[0]).isEqualTo(Passage.CAPITALS);
        assertThat(p.key(1)).isEqualTo("nfa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mum said no.", "a\u0001\u007F'-", "\uD800", "ab\uDFFFcd"})
    void asciiForWordsOnAsciiAndLoneSurrogates(String text) {
        assertThat(Passage.isAsciiForWords(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf\u00E9", "\u00A350", "don\u2019t", "e\u0301", "\uD835\uDC00", "a\u0080"})
    void notAsciiForWordsWithAnyOtherCharacter(String text) {
        assertThat(Passage.isAsciiForWords(text)).isFalse();
    }

    private static void assertSame(String text) {
        AnalysedText analysed = AnalysedText.of(text);
        Passage fast = Passage.of(text, analysed, true);
        Passage scanned = Passage.of(text, analysed, false);
        assertThat(fast.size).isEqualTo(scanned.size);
        int n = scanned.size;
        for (int i = 0; i < n; i++) {
            assertThat(fast.start[i]).as("start %d", i).isEqualTo(scanned.start[i]);
            assertThat(fast.end[i]).as("end %d", i).isEqualTo(scanned.end[i]);
            assertThat(fast.lower[i]).as("lower %d", i).isEqualTo(scanned.lower[i]);
            assertThat(fast.kind[i]).as("kind %d", i).isEqualTo(scanned.kind[i]);
            assertThat(fast.quoted[i]).as("quoted %d", i).isEqualTo(scanned.quoted[i]);
            assertThat(fast.capital[i]).as("capital %d", i).isEqualTo(scanned.capital[i]);
            assertThat(fast.casing[i]).as("casing %d", i).isEqualTo(scanned.casing[i]);
            assertThat(fast.sentence[i]).as("sentence %d", i).isEqualTo(scanned.sentence[i]);
            assertThat(fast.key(i)).as("key %d", i).isEqualTo(scanned.key(i));
        }
        assertThat(fast.sentences).isEqualTo(scanned.sentences);
        for (int s = 0; s < scanned.sentences; s++) {
            assertThat(fast.sentenceFirst(s)).isEqualTo(scanned.sentenceFirst(s));
        }
    }
}
