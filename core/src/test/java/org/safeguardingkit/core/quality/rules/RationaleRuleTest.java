package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;

/**
 * The rationale rule on varied phrasings (vocabulary not used to build its lexicon): the worst severity of the
 * rule's findings, or NONE.
 */
class RationaleRuleTest {

    private static final QualityChecker CHECKER =
            QualityChecker.of(RuleSet.builder().rules(List.of(new RationaleRule())).build());

    static String worst(String text) {
        return CHECKER.checkText(text, "summary").stream().map(Finding::severity).max(Enum::compareTo)
                .map(Severity::name).orElse("NONE");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ERROR   | Scratch on his neck seen in PE. No further action required.
            ERROR   | Pupil upset after a falling out with friends. No action needed.
            ERROR   | Minor scuffle at the lockers. nfa
            ERROR   | Comment in class about a knife at home. NFA - spoken to parents.
            WARNING | Concern raised by the dinner staff about her packed lunch. To be monitored.
            WARNING | Low mood reported by tutor. Continue to monitor.
            WARNING | Rumours about a party at the weekend. Keep under review.
            WARNING | Concerns about weight loss. Made a referral to the school nurse.
            WARNING | Disclosure of a slap at home. MASH referral completed.
            WARNING | Persistent lateness and tiredness. Early help to be offered.
            WARNING | Dad arrived at pick-up smelling of alcohol. Mum has not been informed.
            WARNING | Sexualised comments in the playground. Decided not to inform parents.
            WARNING | Swearing at a member of staff. Dealt with.
            WARNING | Inappropriate search history on a school laptop. Logged for reference.
            WARNING | Self-harm marks on her wrist. Referral submitted to CAMHS.
            WARNING | Concern to be closed.
            WARNING | Harassment on the school bus reported by two girls. Parents of the boys not informed yet.
            NONE    | Dad said he walked into a door and Callum gave the same account; no previous concerns. NFA on that basis.
            WARNING | Concerns about Toby's hygiene and tiredness. Log only at this stage.
            ERROR   | Letter from the GP about Sienna's weight. Discussed with the school nurse. N.F.A. at present.
            NONE    | Rumour about a knife. Nothing found. Police not informed, given that the rumour came from a single pupil.
            NONE    | Scratch on his neck. No further action required because the nurse confirmed it was a cat scratch.
            NONE    | Low mood reported by tutor. Will monitor as she has an appointment with CAMHS next week.
            NONE    | Referral made to MASH since Ava disclosed that her stepdad hit her.
            NONE    | Given his age and the injury pattern, a referral to children's social care was made.
            NONE    | NFA: the bruise is consistent with the fall the TA witnessed at break.
            NONE    | Parents not contacted due to the risk of further harm at home.
            NONE    | Closed, reason: both families agreed the matter is resolved and there have been no further incidents.
            NONE    | Not referred to Early Help. The family already have an allocated social worker.
            NONE    | Head of Year informed and detention given; parents phoned.
            NONE    | No further concerns noted at lunchtime.
            NONE    | The police were informed and attended at 3pm.
            NONE    | She closed the laptop and walked out.
            NONE    | Mum could not be contacted by phone so a letter was sent home.
            NONE    | He said "no further action" was what the last school did.
            NONE    | Fight reported at the skate park. NFA by school; police are already dealing with both families.
            NONE    | Vape seen in her blazer. No further action from us at present: the college has already excluded her supplier.
            ERROR   | Fight reported at the skate park. NFA by school.
            ERROR   | Fight reported at the skate park. NFA by school; parents informed.
            """)
    void phrasings(String expected, String text) {
        assertThat(worst(text)).as(text).isEqualTo(expected);
    }

    @Test
    void spansAreTheDecisionWords() {
        String text = "Bruise on Leon's shin. N.F.A.";
        List<Finding> f = CHECKER.checkText(text, "summary");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.span()).get().satisfies(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo("N.F.A."));
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.suggestion()).isPresent();
        });
    }
}
