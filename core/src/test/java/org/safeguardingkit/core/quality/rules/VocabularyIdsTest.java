package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.text.AnalysedText;

/**
 * Words read by their id in the rules' vocabulary (found while tokenising) give what looking them up gives, for any
 * text: the child-voice marks and companion words of a passage, and the opinions found in an analysis.
 */
class VocabularyIdsTest {

    /** The words of the rules' tables, in every casing, with possessives and "n't", among words of no list. */
    @Provide
    Arbitrary<String> textOfListWords() {
        List<String> listed = listWords();
        Arbitrary<String> word = Arbitraries.of(listed);
        Arbitrary<String> cased = Arbitraries.oneOf(word, word.map(w -> w.toUpperCase(Locale.ROOT)),
                word.map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)),
                word.map(w -> w + "'s"), word.map(w -> w + "n't"), word.map(w -> w + "-" + w), word.map(w -> w + "."));
        Arbitrary<String> other = Arbitraries.oneOf(
                Arbitraries.of("Jack", "pushed", "Oscar", "self-harm", "n.f.a", "3.5", "12:40", "don\u2019t", "caf\u00E9",
                        "\"", "'", "\u201C", "\u201D", ".", ",", "!", "?", "\n", "%", "50%", "A&E", "f**k", "e.g."),
                Arbitraries.strings().withChars("abAZ09'\u2019-.*&/%:,\u00E9 ").ofMaxLength(6));
        return Arbitraries.oneOf(cased, cased, other).list().ofMaxSize(50).map(l -> String.join(" ", l));
    }

    private static List<String> listWords() {
        List<String> words = new ArrayList<>(ChildVoiceRule.LEXICON.words());
        words.addAll(OpinionFinder.words());
        words.sort(null); // a fixed order, so that runs repeat
        return words;
    }

    @Property(tries = 500)
    void marksByIdAreTheMarksLookedUp(@ForAll("textOfListWords") String text) {
        assertSameMarks(text, null);
        assertSameOpinions(text);
    }

    @Property(tries = 200)
    void anyTextToo(@ForAll @StringLength(max = 200) String text) {
        assertSameMarks(text, null);
        assertSameOpinions(text);
    }

    @Property(tries = 200)
    void withEntriesARuleSetAdds(@ForAll("textOfListWords") String text) {
        RuleSet rules = RuleSet.builder().lexicon(ChildVoiceRule.ID, "speechVerbs",
                List.of("pushed", "Oscar", "self-harm")).build();
        assertSameMarks(text, RuleContext.of(rules));
    }

    @Test
    void theRulesAnalyseWithTheirVocabulary() {
        RuleContext context = RuleContext.defaults();
        Passage p = Passage.of("Jack said he was scared.", context);
        assertThat(p.vocabulary).isSameAs(Lexicon.vocabulary());
        assertThat(p.ids[0]).isEqualTo(-1); // "Jack": in no list
        assertThat(p.ids[1]).isEqualTo(Lexicon.vocabulary().id("said"));
        assertThat(p.ids[5]).isEqualTo(Passage.UNKNOWN); // "."
    }

    @Test
    void theVocabularyHoldsEveryWordOfTheTablesReadById() {
        for (String w : listWords()) {
            assertThat(Lexicon.vocabulary().id(w)).as(w).isNotNegative();
        }
    }

    private static void assertSameMarks(String text, RuleContext context) {
        Lexicon lex = ChildVoiceRule.LEXICON;
        Passage byId = Passage.of(text, AnalysedText.of(text, Lexicon.vocabulary()));
        Passage probed = Passage.of(text, AnalysedText.of(text));
        assertThat(byId.ids).isNotNull();
        assertThat(lex.marks(byId, context)).isEqualTo(lex.marks(probed, context));
        assertThat(words(lex.companionWords(byId))).isEqualTo(words(lex.companionWords(probed)));
        // companion words found alone, before the marks
        Passage alone = Passage.of(text, AnalysedText.of(text, Lexicon.vocabulary()));
        assertThat(words(lex.companionWords(alone))).isEqualTo(words(lex.companionWords(probed)));
    }

    private static void assertSameOpinions(String text) {
        AnalysedText byId = AnalysedText.of(text, Lexicon.vocabulary());
        AnalysedText probed = AnalysedText.of(text);
        assertThat(OpinionFinder.find(byId, FactOpinionRule.lexicon().match(byId)))
                .isEqualTo(OpinionFinder.find(probed, FactOpinionRule.lexicon().match(probed)));
    }

    /** The used part of a companion-words array. */
    private static List<Integer> words(int[] w) {
        return Arrays.stream(Arrays.copyOf(w, 1 + 2 * w[0])).boxed().toList();
    }
}
