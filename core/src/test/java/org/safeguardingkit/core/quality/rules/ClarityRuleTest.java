package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.text.AnalysedText;

/**
 * The clarity rule's acronym pass: text mostly in capitals is told as by counting its letters, and acronyms are
 * reported once each, outside quotes, unless known or defined.
 */
class ClarityRuleTest {

    private static final ClarityRule RULE = new ClarityRule();

    /** Words in capitals, acronyms, names, small words, quotes, brackets and letters beyond ASCII. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("DSL", "XYZQ", "PQRS's", "TAs", "HoY", "Mum", "said", "JAYDEN", "PUSHED", "the", "at",
                        "CAF\u00C9", "caf\u00E9", "\u00C9COLE", "(", ")", "\"", "\u201C", "\u201D", "'", ".", ",", "\n"),
                Arbitraries.strings().withChars("abXYZ\u00C9\u00E9'- ").ofMaxLength(8));
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 1000)
    void mostlyCapitalsCountsTheLettersOfTheWords(@ForAll("texts") String text) {
        Passage p = Passage.of(text, AnalysedText.of(text));
        int capitalised = 0;
        int letters = 0;
        int upper = 0;
        for (int w = 0; w < p.size; w++) {
            if (p.kind[w] != Passage.WORD) {
                continue;
            }
            if (p.casing[w] != 0) {
                capitalised += p.end[w] - p.start[w];
            }
            for (int i = p.start[w]; i < p.end[w]; i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        assertThat(ClarityRule.mostlyCapitals(p, capitalised)).isEqualTo(letters >= 20 && upper * 10 > letters * 6);
    }

    private static List<String> acronyms(String text, String field) {
        return RULE.checkText(text, field, RuleContext.of(RuleSet.defaults())).stream()
                .filter(f -> f.message().contains("acronym")).map(f -> f.span().orElseThrow().text()).toList();
    }

    @Test
    void acronymsOnceEachOutsideQuotesUnlessKnownOrDefined() {
        assertThat(acronyms("Mum told the DSL that \"XYZQ\" was there, then XYZQ and PQRS left; XYZQ came back.",
                "summary")).containsExactly("XYZQ", "PQRS");
        assertThat(acronyms("The Forced Marriage Unit (FMU) called; FMU staff will visit.", "summary")).isEmpty();
        assertThat(acronyms("Action agreed with the PQRS team.", "actions/0/description")).containsExactly("PQRS");
        assertThat(acronyms("Action agreed with the team.", "actions/0/description")).isEmpty();
        assertThat(RULE.checkText("", "outcome", RuleContext.of(RuleSet.defaults()))).isEmpty();
    }

    @Test
    void textMostlyInCapitalsIsNotCheckedForAcronyms() {
        assertThat(acronyms("JAYDEN PUSHED XYZQ IN THE CORRIDOR AT LUNCH AND SHOUTED", "summary")).isEmpty();
        assertThat(acronyms("Jayden pushed XYZQ in the corridor at lunch and shouted", "summary"))
                .containsExactly("XYZQ");
    }

    @Test
    void shortSummaryAndAcronymTogether() {
        List<Finding> found = RULE.checkText("XYZQ came.", "summary", RuleContext.of(RuleSet.defaults()));
        assertThat(found).extracting(Finding::message).containsExactly("The summary is too short to act on (2 words).",
                "'XYZQ' is an acronym a reader may not know.");
    }
}
