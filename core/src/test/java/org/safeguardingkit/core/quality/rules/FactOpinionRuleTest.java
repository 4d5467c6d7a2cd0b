package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;

/** Focused behaviour of fact-opinion beyond the shipped examples: varied vocabulary and phrasing. */
class FactOpinionRuleTest {

    private static final FactOpinionRule RULE = new FactOpinionRule();
    private static final RuleContext CONTEXT = RuleContext.defaults();

    private static List<String> warnings(String text) {
        return RULE.checkText(text, "summary", CONTEXT).stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.span().orElseThrow().text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kyle was extremely abusive towards the dinner lady.               | extremely abusive
            Dad turned up intoxicated to parents' evening.                   | intoxicated
            Precious is being criminally exploited by older boys.            | being criminally exploited
            I'm fairly sure he has been drinking before school.              | I'm fairly sure
            Reuben possibly has undiagnosed autism.                          | possibly has undiagnosed autism
            Liam was showing off to his mates.                               | showing off
            Dad came across as hostile.                                      | hostile
            Mum appeared to be under the influence of something.             | appeared to be under the influence
            She is forever moaning about other pupils.                       | forever moaning about other pupils
            It is likely that he is being groomed.                           | It is likely
            Mum is in denial about his behaviour.                            | in denial
            Grace is an anxious child.                                       | an anxious child
            Billy is a bit of a lad and likes to wind the girls up.          | wind the girls up
            Scarlett is completely out of control at home.                   | completely out of control
            Dad was hammered at sports day.                                  | hammered
            She seemed off today.                                            | seemed off today
            Dom is an angry young man.                                       | an angry young man
            It's obvious that she is being abused at home.                   | It's obvious
            Mum neglects the kids.                                           | neglects
            He is a heavy drinker.                                           | a heavy drinker
            Marley is off the rails.                                         | off the rails
            jayden is a nightmare at lunch.                                  | a nightmare
            The whole family are a nightmare to deal with.                   | a nightmare
            Lola's parents are overprotective.                               | overprotective
            Mum was vague and unhelpful on the phone.                        | vague
            He is very cheeky and answers back constantly.                   | very cheeky
            Mum is a drinker, everyone knows it.                             | a drinker
            """)
    void flagsJudgementsInVariedWords(String text, String span) {
        assertThat(warnings(text)).contains(span);
    }

    /** Patterns rather than phrases: each line uses wording that is in no list as a whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Marcus is constantly on his phone during registration.          | constantly
            Aaliyah is suffering from stress and keeps missing PE.          | is suffering from
            I'm assuming mum forgot the appointment again.                  | I'm assuming
            Mum told me he was ill, but it's far more likely he overslept.  | far more likely he overslept
            Finn took it out on the teaching assistant.                     | took it out on
            Reece is totally unmanageable after lunch.                      | totally unmanageable
            Dad was being a complete idiot at the gate.                     | a complete idiot
            Naughty boy. Sent to the head at 11:10.                         | Naughty boy
            She is the most spiteful girl in the form.                      | the most spiteful girl
            Dad was rude to reception. His brother is the same.             | His brother is the same
            """)
    void flagsJudgementsByTheirPattern(String text, String span) {
        assertThat(warnings(text)).contains(span);
    }

    @org.junit.jupiter.api.Test
    void praiseOfCharacterIsAJudgementToo() {
        // two independent held-out labellers flagged praise used in place of evidence ("a lovely lady, no concerns")
        assertThat(warnings("Lily is a lovely girl and always walks home with her sister.")).contains("a lovely girl");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lily is a girl in Year 5 and always walks home with her sister.",
        "The caretaker clearly marked the fire exits with tape.",
        "Mum said the class was \"a zoo\", which explains his marks.",
        "Year 8 girl. Arrived late at 9:20.",
        "She was extremely distressed and shaking.",
        "She was the most helpful pupil at the open evening.",
        "He is constantly monitored by his keyworker as per his plan.",
        "Dad told me Leah lost it in English.",
    })
    void leavesNearMissesOfThePatternsAlone(String text) {
        assertThat(warnings(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The knife was a dangerous item and was removed from his bag.",
        "Leon was shown a violent video on a Year 10 boy's phone.",
        "Nadia received abusive messages on Instagram from an unknown account.",
        "Callum was controlling the ball when Finn tackled him.",
        "It was a challenging afternoon for the whole class because of the fire alarm.",
        "There was a strange smell in the corridor near the science block.",
        "He said the older boys called him a \"snake\" and a \"grass\".",
        "His mum described him as \"a nightmare since Christmas\".",
        "Layla said she is always hungry at home because there is no food after Thursday.",
        "He told me he never gets breakfast.",
        "The social worker thinks mum is not coping and has arranged a visit.",
        "Evie's dad was hit by a car last year and uses a wheelchair.",
        "Wyatt was hit in the face by a football during PE; ice pack applied.",
        "The paramedic said he was probably concussed.",
        "Ella's dad said that mum \"can't cope\" with four children.",
        "Rhianna seemed to settle after ten minutes in the nurture room.",
        "Mum disclosed that she is a recovering alcoholic and attends AA.",
        "Aaron has a diagnosis of ADHD and takes medication at lunchtime.",
        "He presented as calm and was able to explain what happened.",
        "The GP has diagnosed depression and prescribed medication.",
        "In my view this is neglect because of the repeated lack of food and the missed appointments.",
        "She seemed frightened - she flinched when I raised my hand to point at the board.",
        "Mum appeared drunk at pick-up as she was swaying and her speech was slurred.",
        "I suspect he is being exploited, given that he has been found in Birmingham twice with cash.",
        "Amir said that his dad \"goes mental\" when he gets bad marks.",
        "I will definitely follow this up tomorrow.",
        "Mum has a drink problem, according to Jayden's older sister.",
        "She has always been a quiet and shy girl.",
        "Josh told me that he thinks his stepdad hates him.",
        "Lexi told her friend she was being groomed online.",
        "Mum is worried that Ellie is being bullied.",
        "Threw a chair across the room at 10:15; it hit the wall.",
        "Dad shouted \u201Cyou\u2019re all useless\u201D at the receptionist.",
        "Mum said \u2018he\u2019s a liar, he always lies\u2019 and hung up."
    })
    void leavesFactsAndOtherPeoplesWordsAlone(String text) {
        assertThat(warnings(text)).isEmpty();
    }

    @Test
    void labelledOpinionWithItsBasisIsInfo() {
        List<Finding> findings = RULE.checkText(
                "In my view Jayden is being criminally exploited, because of the missing episode and the cash.", "summary",
                CONTEXT);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.span().orElseThrow().text()).isEqualTo("In my view");
        });
    }

    @Test
    void labelledOpinionWithoutBasisIsAWarning() {
        assertThat(warnings("In my opinion she is lying about the bruise.")).containsExactly("In my opinion");
    }

    @Test
    void aHedgeReportsOnceForItsClause() {
        assertThat(warnings("I think Leo is being groomed online, he is very secretive about his phone."))
                .containsExactly("I think", "very secretive");
    }

    @Test
    void findingsSayWhyAndWhatToWriteInstead() {
        Finding f = RULE.checkText("Jayden was aggressive towards staff.", "summary", CONTEXT).get(0);
        assertThat(f.rule()).isEqualTo("fact-opinion");
        assertThat(f.field()).isEqualTo("summary");
        assertThat(f.message()).contains("'aggressive'").contains("judgement");
        assertThat(f.suggestion()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase("describe"));
        assertThat(f.span().orElseThrow().start()).isEqualTo(11);
    }

    @Test
    void vendorsAddLocalPhrasesThroughTheRuleSet() {
        RuleSet rules = RuleSet.builder().rules(List.of(RULE))
                .lexicon("fact-opinion", "label", List.of("scally", "a right {one,madam} | Say what she did."))
                .build();
        QualityChecker checker = QualityChecker.of(rules);
        List<Finding> findings = checker.checkText("He is a scally. She is a right madam.", "summary");
        assertThat(findings).extracting(f -> f.span().orElseThrow().text()).contains("a scally", "a right madam");
        assertThat(findings).anySatisfy(f -> assertThat(f.suggestion()).contains("Say what she did."));
        assertThat(QualityChecker.of(RuleSet.builder().rules(List.of(RULE)).build())
                .checkText("He is a scally.", "summary")).isEmpty();
    }

    @Test
    void aRuleSetsLocalPhrasesApplyOnEveryCheckAndAgreeWithTheEntryPointTakingEntries() {
        RuleSet rules = RuleSet.builder().rules(List.of(RULE))
                .lexicon("fact-opinion", "label", List.of("scally | Say what he did."))
                .build();
        QualityChecker checker = QualityChecker.of(rules);
        for (String text : List.of("He is a scally.", "Mum said he was fine. He is a scally.")) {
            List<Finding> viaRuleSet = checker.checkText(text, "summary");
            assertThat(viaRuleSet).extracting(f -> f.span().orElseThrow().text()).contains("a scally");
            List<Finding> viaEntries = RULE.findings(org.safeguardingkit.core.text.AnalysedText.of(text), "summary",
                    List.of(org.safeguardingkit.core.text.LexiconEntry.of("scally", "label", "Say what he did.")));
            assertThat(viaEntries).isEqualTo(viaRuleSet);
        }
    }

    @Test
    void defaultSeverityIsWarning() {
        assertThat(RULE.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(RULE.id()).isEqualTo("fact-opinion");
    }
}
