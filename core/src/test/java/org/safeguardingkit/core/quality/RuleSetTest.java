package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;

class RuleSetTest {

    static Concern concern(String summary, String occurred, String recorded) {
        return Concern.builder().id("c-1").pupil(Pupil.of(PupilId.of("p-1")))
                .occurredAt(Instant.parse(occurred)).recordedAt(Instant.parse(recorded))
                .recordedBy(StaffRef.of(StaffId.of("s-1"))).summary(summary).build();
    }

    @Test
    @DisplayName("the default rule set holds every standard rule, in a stable order")
    void defaults() {
        assertThat(RuleSet.defaults().rules()).extracting(Rule::id).containsSubsequence(
                "child-voice", "rationale", "location", "action-owner", "timeliness", "outcome", "category", "clarity");
    }

    @Test
    @DisplayName("a value compiled from a rule set is computed once per rule set and not shared with another")
    void compiledOncePerRuleSet() {
        RuleSet a = RuleSet.builder().lexicon("fact-opinion", "label", List.of("a menace")).build();
        RuleSet b = RuleSet.defaults();
        int[] calls = new int[1];
        java.util.function.Function<RuleSet, String> compile = rs -> {
            calls[0]++;
            return String.join(",", rs.lexicon("fact-opinion", "label"));
        };
        assertThat(a.compiled(String.class, compile)).isEqualTo("a menace");
        assertThat(RuleContext.of(a).compiled(String.class, compile)).isEqualTo("a menace");
        assertThat(b.compiled(String.class, compile)).isEmpty();
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    @DisplayName("a YAML rule set chooses rules, severities, thresholds, lexicon entries and glossary")
    void yaml() {
        RuleSet set = RuleSet.load(new StringReader("""
                rules: [rationale, timeliness, clarity]
                severities: { timeliness: ERROR }
                parameters: { timeliness: { hours: 48 }, clarity: { minWords: 3 } }
                lexicon: { rationale: { monitor: ["watch this space"] } }
                glossary: { SNT: Safer Neighbourhood Team }
                """));
        assertThat(set.rules()).extracting(Rule::id).containsExactly("rationale", "timeliness", "clarity");
        QualityChecker checker = QualityChecker.of(set);
        Findings late = checker.check(concern("The SNT will patrol the bus stop. Watch this space.",
                "2026-01-01T09:00:00Z", "2026-01-03T10:00:00Z"));
        assertThat(late.of("timeliness")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
        assertThat(late.of("clarity")).isEmpty();
        assertThat(late.of("rationale")).singleElement().satisfies(f ->
                assertThat(f.span()).get().extracting(s -> s.text()).isEqualTo("Watch this space"));
        Findings onTime = checker.check(concern("Seen at the gate with an older male.", "2026-01-01T09:00:00Z",
                "2026-01-02T20:00:00Z"));
        assertThat(onTime.of("timeliness")).isEmpty();
    }

    @Test
    @DisplayName("JSON is a rule set too; rules can be disabled")
    void json() {
        RuleSet set = RuleSet.load(new StringReader("{\"disabled\": [\"clarity\", \"category\"]}"));
        assertThat(set.rules()).extracting(Rule::id).doesNotContain("clarity", "category").contains("child-voice");
    }

    @Test
    @DisplayName("an unknown setting is rejected naming it")
    void unknownField() {
        assertThatThrownBy(() -> RuleSet.load(new StringReader("rulez: [rationale]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SGK-0412").hasMessageContaining("rulez");
    }

    @Test
    @DisplayName("an unknown rule or severity is rejected naming it")
    void unknownRule() {
        assertThatThrownBy(() -> RuleSet.load(new StringReader("rules: [no-such-rule]")))
                .hasMessageContaining("SGK-0410").hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> RuleSet.load(new StringReader("severities: { location: LOUD }")))
                .hasMessageContaining("severities/location").hasMessageContaining("LOUD");
    }

    @Test
    @DisplayName("a threshold that is not a number is rejected when used")
    void badParameter() {
        RuleSet set = RuleSet.builder().parameter("timeliness", "hours", "a day").build();
        assertThatThrownBy(() -> QualityChecker.of(set).check(concern("x", "2026-01-01T09:00:00Z", "2026-01-01T09:00:00Z")))
                .hasMessageContaining("SGK-0414").hasMessageContaining("timeliness.hours");
    }

    @Test
    @DisplayName("a severity override changes WARNING and ERROR findings, never INFO")
    void severityOverride() {
        RuleSet set = RuleSet.builder().rules(List.of(new org.safeguardingkit.core.quality.rules.RationaleRule(),
                new org.safeguardingkit.core.quality.rules.ClarityRule())).severity("rationale", Severity.INFO)
                .severity("clarity", Severity.ERROR).build();
        List<Finding> findings = QualityChecker.of(set).checkText("NFA. Removed to RR.", "summary");
        assertThat(findings).filteredOn(f -> f.rule().equals("rationale")).extracting(Finding::severity)
                .containsOnly(Severity.INFO);
        // clarity: too short becomes ERROR, the unknown acronym stays INFO
        assertThat(findings).filteredOn(f -> f.rule().equals("clarity")).extracting(Finding::severity)
                .containsExactlyInAnyOrder(Severity.ERROR, Severity.INFO);
    }

    @Test
    @DisplayName("a duplicate rule id is rejected")
    void duplicate() {
        var r = new org.safeguardingkit.core.quality.rules.LocationRule();
        assertThatThrownBy(() -> RuleSet.builder().rules(List.of(r, r)).build()).hasMessageContaining("SGK-0411");
    }
}
