package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A vocabulary numbers the analysis's own words by their table slots and the words it is given after them; an
 * analysis with a vocabulary is the analysis without one, with each token's id in it.
 */
class VocabularyTest {

    private static final Vocabulary EXTRA = Vocabulary.of(List.of("scared", "cried", "the", "scared", "don't", "x"));

    @Test
    void builtInWordsKeepTheirSlotsAndTheOthersComeAfter() {
        int builtIn = WordClasses.size();
        assertThat(EXTRA.size()).isEqualTo(builtIn + 4);
        assertThat(EXTRA.id("the")).isEqualTo(WordClasses.slotOf("the", "the".hashCode()));
        assertThat(EXTRA.id("scared")).isEqualTo(builtIn);
        assertThat(EXTRA.id("cried")).isEqualTo(builtIn + 1);
        assertThat(EXTRA.id("don't")).isEqualTo(builtIn + 2);
        assertThat(EXTRA.id("x")).isEqualTo(builtIn + 3);
        assertThat(EXTRA.id("Scared")).isEqualTo(-1);
        assertThat(EXTRA.id("oscar")).isEqualTo(-1);
        assertThat(Vocabulary.of(List.of()).size()).isEqualTo(builtIn);
        assertThat(AnalysedText.of("x").vocabulary().size()).isEqualTo(builtIn);
    }

    @Test
    void noNullWords() {
        assertThatThrownBy(() -> Vocabulary.of(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AnalysedText.of("a", (Vocabulary) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tokensAreNumberedByTheirKeys() {
        AnalysedText at = AnalysedText.of("The girl was Scared, she cried: x X don't.", EXTRA);
        assertThat(at.vocabulary()).isSameAs(EXTRA);
        for (int i = 0; i < at.tokens().size(); i++) {
            assertThat(at.wordId(i)).as(at.key(i)).isEqualTo(EXTRA.id(at.key(i)));
        }
        assertThat(at.wordId(3)).isEqualTo(EXTRA.id("scared"));
        // an apostrophe is not in a key: "don't" is looked up as "dont"
        assertThat(at.wordId(10)).isEqualTo(EXTRA.id("dont")).isNotEqualTo(EXTRA.id("don't"));
    }

    @Provide
    Arbitrary<String> textOfVocabularyWords() {
        return TestTexts.joined(List.of(
                        "scared", "Scared", "SCARED", "cried", "the", "The", "x", "X", "don't", "dont", "Mum",
                        "said", "Jack", "self-harm", "caf\u00E9", "\u201C", "\"", "'", ".", ",", "3.5", "12:40", "%",
                        "\u2019", "n't", "I", "i", "a", "-", "\n"),
                Arbitraries.strings().withChars("abxAX09'\u2019-.*&/%:,\u00E9 ").ofMaxLength(6), 40);
    }

    @Property(tries = 500)
    void theAnalysisIsTheSameWithIdsOfItsKeys(@ForAll("textOfVocabularyWords") String text) {
        assertSameWithIds(text);
    }

    @Property(tries = 300)
    void anyTextToo(@ForAll @StringLength(max = 200) String text) {
        assertSameWithIds(text);
    }

    private static void assertSameWithIds(String text) {
        AnalysedText plain = AnalysedText.of(text);
        AnalysedText numbered = AnalysedText.of(text, EXTRA);
        int n = plain.tokens().size();
        assertThat(numbered.tokens()).isEqualTo(plain.tokens());
        assertThat(Arrays.copyOf(numbered.keys(), n)).isEqualTo(Arrays.copyOf(plain.keys(), n));
        assertThat(Arrays.copyOf(numbered.keyHashes(), n)).isEqualTo(Arrays.copyOf(plain.keyHashes(), n));
        assertThat(Arrays.copyOf(numbered.slots(), n)).isEqualTo(Arrays.copyOf(plain.slots(), n));
        assertThat(numbered.sentences()).isEqualTo(plain.sentences());
        assertThat(numbered.quotedSpans()).isEqualTo(plain.quotedSpans());
        assertThat(numbered.reportedSpeech()).isEqualTo(plain.reportedSpeech());
        for (int i = 0; i < n; i++) {
            assertThat(numbered.wordId(i)).isEqualTo(EXTRA.id(numbered.key(i)));
            assertThat(plain.wordId(i)).isEqualTo(plain.slots()[i]);
            assertThat(numbered.isNegated(i)).isEqualTo(plain.isNegated(i));
        }
    }
}
