package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.text.TextSpan;

class FindingsTest {

    private static final Finding AT = Finding.at("fact-opinion", Severity.WARNING, "summary",
            new TextSpan(4, 14, "aggressive"), "'aggressive' is a judgement.", "Describe what you saw.");
    private static final Finding FIELD = Finding.onField("location", Severity.ERROR, "location", "No location.", null);

    @Test
    void scoreAndSummary() {
        Findings f = Findings.of("c-1", List.of("fact-opinion", "location", "clarity"), List.of(AT, FIELD));
        assertThat(f.score()).isEqualTo(65);
        assertThat(f.rules()).containsOnlyKeys("fact-opinion", "location", "clarity");
        assertThat(f.rules().get("clarity").passed()).isTrue();
        assertThat(f.rules().get("location").worst()).contains(Severity.ERROR);
        assertThat(f.worst()).contains(Severity.ERROR);
        assertThat(f.meets(Severity.ERROR)).isFalse();
        assertThat(Findings.of("c-2", List.of(), List.of()).score()).isEqualTo(100);
    }

    @Test
    void summaryMapIsAnOrderedImmutableMap() {
        Finding other = Finding.onField("vendor-rule", Severity.INFO, "summary", "Local rule.", null);
        Findings f = Findings.of("c-1", List.of("location", "fact-opinion", "clarity"), List.of(AT, FIELD, other, other));
        assertThat(f.rules().keySet()).containsExactly("location", "fact-opinion", "clarity", "vendor-rule");
        assertThat(f.rules().get("vendor-rule")).isEqualTo(new RuleSummary("vendor-rule", 2, Optional.of(Severity.INFO)));
        assertThat(f.rules().get("nothing")).isNull();
        assertThat(f.rules().containsKey("clarity")).isTrue();
        java.util.Map<String, RuleSummary> same = new java.util.LinkedHashMap<>(f.rules());
        assertThat(f.rules()).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(f.rules()).hasToString(same.toString());
        assertThatThrownBy(() -> f.rules().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.rules().remove("clarity")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.rules().entrySet().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
        // an id listed twice keeps its first place, as a map built by putting each id in turn would
        Findings twice = Findings.of("c-2", List.of("location", "clarity", "location"), List.of(FIELD));
        assertThat(twice.rules().keySet()).containsExactly("location", "clarity");
        // the checker's summaries are the same as building them from its findings
        QualityChecker checker = QualityChecker.defaults();
        Findings checked = checker.check(RuleSetTest.concern("Hi.", "2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z"));
        List<String> ids = checker.ruleSet().rules().stream().map(Rule::id).toList();
        assertThat(checked.rules()).isEqualTo(Findings.of("c-1", ids, checked.findings()).rules());
        assertThat(checked.rules().keySet()).containsExactlyElementsOf(ids);
    }

    /** A rule that reports the given findings on every record. */
    private static Rule reporting(String id, List<Finding> findings) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.WARNING;
            }

            @Override
            public List<Finding> check(org.safeguardingkit.core.model.Concern concern, RuleContext context) {
                return findings;
            }
        };
    }

    private static Finding finding(String rule, Severity severity) {
        return Finding.onField(rule, severity, "summary", "m", null);
    }

    @Test
    void checkerSummariesAreThoseOfItsFindings() {
        // more findings of one rule than the shared summaries stand for, in a list that is not indexed, a rule that
        // reports under another rule's id or an unlisted one, and severity overrides: the same as Findings.of
        List<Finding> many = new java.util.LinkedList<>();
        for (Severity s : List.of(Severity.INFO, Severity.WARNING, Severity.INFO, Severity.ERROR, Severity.INFO,
                Severity.WARNING)) {
            many.add(finding("many", s));
        }
        Rule one = reporting("one", List.of(finding("one", Severity.INFO)));
        List<List<Rule>> sets = List.of(
                List.of(reporting("many", many), one, reporting("none", List.of())),
                List.of(reporting("many", many), reporting("other", List.of(finding("many", Severity.INFO))), one),
                List.of(one, reporting("vendor", List.of(finding("vendor-rule", Severity.WARNING)))),
                List.of(reporting("four", java.util.Collections.nCopies(4, finding("four", Severity.ERROR))), one));
        for (List<Rule> rules : sets) {
            for (boolean override : List.of(false, true)) {
                RuleSet.Builder b = RuleSet.builder().rules(rules);
                if (override) {
                    b.severity("many", Severity.ERROR).severity("one", Severity.WARNING);
                }
                QualityChecker checker = QualityChecker.of(b.build());
                Findings checked = checker.check(RuleSetTest.concern("Hi.", "2026-01-05T10:00:00Z",
                        "2026-01-05T11:00:00Z"));
                List<String> ids = rules.stream().map(Rule::id).toList();
                Findings built = Findings.of("c-1", ids, checked.findings());
                assertThat(checked).isEqualTo(built);
                assertThat(checked.toString()).isEqualTo(built.toString());
                assertThat(List.copyOf(checked.rules().values())).isEqualTo(List.copyOf(built.rules().values()));
            }
        }
    }

    @Test
    void scoreNeverBelowZero() {
        assertThat(Findings.of("c-1", List.of(), java.util.Collections.nCopies(9, FIELD)).score()).isZero();
    }

    @Test
    void jsonIsTheInterchangeFormat() {
        String json = FindingsJson.standard().toJson(Findings.of("c-000123", List.of(), List.of(AT, FIELD)));
        assertThat(json).isEqualTo("{\"id\":\"c-000123\",\"findings\":["
                + "{\"rule\":\"fact-opinion\",\"severity\":\"WARNING\",\"field\":\"summary\",\"start\":4,\"end\":14,"
                + "\"text\":\"aggressive\",\"message\":\"'aggressive' is a judgement.\",\"suggestion\":\"Describe what you saw.\"},"
                + "{\"rule\":\"location\",\"severity\":\"ERROR\",\"field\":\"location\",\"message\":\"No location.\"}]}");
        assertThat(FindingsJson.withScore().toJson(Findings.of("c-1", List.of(), List.of()))).isEqualTo(
                "{\"id\":\"c-1\",\"score\":100,\"findings\":[]}");
    }

    @Test
    void valuesValidate() {
        assertThatThrownBy(() -> new TextSpan(3, 3, "")).hasMessageContaining("end must be > start");
        assertThatThrownBy(() -> new Finding(" ", Severity.INFO, "summary", Optional.empty(), "m", Optional.empty()))
                .hasMessageContaining("SGK-0402");
        assertThat(Severity.parse("warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThatThrownBy(() -> Severity.parse("LOUD")).hasMessageContaining("SGK-0401");
    }
}
