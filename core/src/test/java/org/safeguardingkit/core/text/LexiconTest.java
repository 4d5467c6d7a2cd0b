package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static List<String> matches(Lexicon lexicon, String text) {
        return lexicon.match(AnalysedText.of(text)).stream().map(m -> m.span().text() + "/" + m.category()).toList();
    }

    @Test
    void readsEntriesWithCategoriesSuggestionsAndDefaults() {
        Lexicon l = Lexicon.parse("test", """
                # a comment
                @default label | Describe what happened.
                aggress{ive,ively,ion} | label
                kick{ed,ing,s} off     | label | Say what the pupil did.
                """);
        assertThat(l.entries()).extracting(LexiconEntry::suggestion)
                .containsExactly("Describe what happened.", "Say what the pupil did.");
        assertThat(matches(l, "He was aggressive, spoke aggressively and showed aggression; he kicked off."))
                .containsExactly("aggressive/label", "aggressively/label", "aggression/label", "kicked off/label");
    }

    @Test
    void stemsMatchEveryWordStartingWithThem() {
        Lexicon l = Lexicon.parse("t", "manipulat* | label | x");
        assertThat(matches(l, "Manipulative, manipulating, manipulation; manipulate.")).hasSize(4);
        assertThat(matches(l, "a manipul")).isEmpty();
    }

    @Test
    void anyWordHyphensAndApostrophes() {
        Lexicon l = Lexicon.parse("t", """
                play{s,ed,ing} _ off against | motive | x
                attention-seeking | label | x
                {doesn't,don't} care | attitude | x
                """);
        assertThat(matches(l, "She plays staff off against each other.")).containsExactly("plays staff off against/motive");
        assertThat(matches(l, "attention seeking and attention-seeking")).hasSize(2);
        assertThat(matches(l, "mum doesnt care, dad doesn\u2019t care")).hasSize(2);
    }

    @Test
    void multiWordAlternativesInBraces() {
        Lexicon l = Lexicon.parse("t", "it {is,was,has been} {alleged,said} | HEARSAY | x");
        assertThat(matches(l, "It has been alleged that")).containsExactly("It has been alleged/HEARSAY");
    }

    @Test
    void overlappingEntriesAllMatchLongestFirst() {
        Lexicon l = Lexicon.parse("t", "nasty | label | x\nnasty piece of work | label | y");
        assertThat(matches(l, "a nasty piece of work")).containsExactly("nasty piece of work/label", "nasty/label");
    }

    @Test
    void vendorsAddEntriesWithoutChangingTheOriginal() {
        Lexicon base = Lexicon.parse("t", "rude | label | x");
        Lexicon more = base.plus(List.of(LexiconEntry.of("scally", "label", "Describe what he did.")));
        assertThat(matches(more, "a rude scally")).containsExactly("rude/label", "scally/label");
        assertThat(matches(base, "a rude scally")).containsExactly("rude/label");
    }

    @Test
    void malformedLinesAreRejectedNamingTheLine() {
        assertThatThrownBy(() -> Lexicon.parse("my.txt", "ok | label | x\njust a phrase\n"))
                .hasMessageContaining("my.txt line 2");
        assertThatThrownBy(() -> Lexicon.parse("my.txt", "rude | label\n")).hasMessageContaining("line 1")
                .hasMessageContaining("@default");
        assertThatThrownBy(() -> Lexicon.parse("my.txt", "ab* | label | x\n")).hasMessageContaining("three letters");
        assertThatThrownBy(() -> Lexicon.parse("my.txt", "a{b | label | x\n")).hasMessageContaining("braces");
        assertThatThrownBy(() -> Lexicon.fromResource(LexiconTest.class, "missing.txt")).hasMessageContaining("SGK-0368");
    }
}
