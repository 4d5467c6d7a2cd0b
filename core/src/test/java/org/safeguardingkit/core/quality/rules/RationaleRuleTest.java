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
            NONE    | Attendance monitoring shows 85% this term, down from 93%.
            NONE    | In the video he referred to the other boy as "a snake".
            WARNING | I will not be informing parents at this stage.
            NONE    | Mum explained the baby wakes at night; no other concerns, so no further action.
            NONE    | Early Help offered to family, who asked for help with housing after their tenancy ended.
            NONE    | She is staying with her aunt, a close relative, so CSC not notified.
            NONE    | Referral made to CAMHS; she has been cutting daily for a month and her GP advised an urgent referral.
            WARNING | Referred to MASH, police informed.
            ERROR   | NFA, parents happy.
            WARNING | Jade reported a boy keeps touching her hair. He was spoken to and moved seats. To keep under observation.
            NONE    | Advice sought from MASH, who said the threshold for a referral is not met; to monitor in school.
            WARNING | Sophie said dad pushed her into the wall. Discussed with the deputy head. Referred to MASH.
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

    static String worstStructured(String outcome, String rationale) {
        org.safeguardingkit.core.model.Concern c = org.safeguardingkit.core.model.Concern.builder().id("c-1")
                .pupil(org.safeguardingkit.core.model.Pupil.of(org.safeguardingkit.core.model.PupilId.of("p-1")))
                .occurredAt(java.time.Instant.parse("2026-01-05T10:00:00Z"))
                .recordedAt(java.time.Instant.parse("2026-01-05T11:00:00Z"))
                .recordedBy(org.safeguardingkit.core.model.StaffRef.of(org.safeguardingkit.core.model.StaffId.of("s-1")))
                .summary("Concern recorded at break.")
                .decisions(List.of(org.safeguardingkit.core.model.Decision.of(
                        org.safeguardingkit.core.model.DecisionOutcome.valueOf(outcome), rationale)))
                .build();
        return CHECKER.check(c).findings().stream().map(Finding::severity).max(Enum::compareTo)
                .map(Severity::name).orElse("NONE");
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NO_FURTHER_ACTION | n/a                                        | ERROR
            NO_FURTHER_ACTION | N/A.                                       | ERROR
            NO_FURTHER_ACTION | See above                                  | ERROR
            NO_FURTHER_ACTION | DSL decision                               | ERROR
            NO_FURTHER_ACTION | Mum aware                                  | ERROR
            NO_FURTHER_ACTION | Discussed with DSL                         | ERROR
            NO_FURTHER_ACTION | Accidental injury witnessed by two staff   | NONE
            NO_FURTHER_ACTION | Below the threshold for early help; family engaging with school support | NONE
            MONITOR           | -                                          | WARNING
            MONITOR           | Spoke to pupil                             | WARNING
            MONITOR           | First incident; no previous concerns on file, review in two weeks | NONE
            STATUTORY_REFERRAL | Per MASH advice: disclosure of physical harm with a visible injury | NONE
            EARLY_HELP        | Family asked for support with routines and attendance | NONE
            """)
    void structuredRationales(String outcome, String rationale, String expected) {
        assertThat(worstStructured(outcome, rationale)).as(rationale).isEqualTo(expected);
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
