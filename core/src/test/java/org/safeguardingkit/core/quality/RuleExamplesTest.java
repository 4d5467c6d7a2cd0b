package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;

/**
 * Runs every rule's must-fire and must-not-fire examples
 * ({@code org/safeguardingkit/core/quality/<rule-id>/examples.yaml}) and fails any rule that has none.
 * The format is described in docs/quality.md ("Rule examples").
 */
class RuleExamplesTest {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcernJson CONCERNS = ConcernJson.create();

    /** One example as written in examples.yaml. */
    record Example(String name, String text, Map<String, Object> record, String severity, String span, Integer start,
                   String field, String allow) { }

    /** The examples file of one rule. */
    record Examples(List<Example> mustFire, List<Example> mustNotFire) { }

    @TestFactory
    Stream<DynamicNode> everyRuleShipsExamplesThatHold() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : RuleSet.availableRules()) {
            String resource = "/org/safeguardingkit/core/quality/" + rule.id() + "/examples.yaml";
            Examples examples = load(resource);
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("has must-fire and must-not-fire examples", () -> {
                assertThat(examples).as("%s is missing", resource).isNotNull();
                assertThat(examples.mustFire()).as("must-fire examples of %s", rule.id()).isNotEmpty();
                assertThat(examples.mustNotFire()).as("must-not-fire examples of %s", rule.id()).isNotEmpty();
            }));
            if (examples != null) {
                QualityChecker checker = QualityChecker.of(RuleSet.builder().rules(List.of(rule)).build());
                for (Example e : Optional.ofNullable(examples.mustFire()).orElse(List.of())) {
                    tests.add(DynamicTest.dynamicTest("fires: " + e.name(), () -> assertFires(rule, checker, e)));
                }
                for (Example e : Optional.ofNullable(examples.mustNotFire()).orElse(List.of())) {
                    tests.add(DynamicTest.dynamicTest("does not fire: " + e.name(), () -> assertQuiet(rule, checker, e)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(rule.id(), tests));
        }
        return nodes.stream();
    }

    private static Examples load(String resource) {
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream(resource)) {
            return in == null ? null : YAML.readValue(in, Examples.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(resource, e);
        }
    }

    static Concern concernOf(Example e) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "ex-1");
        json.put("pupil", Map.of("id", "p-1"));
        json.put("occurredAt", "2026-01-05T10:00:00Z");
        json.put("recordedAt", "2026-01-05T12:00:00Z");
        json.put("recordedBy", Map.of("id", "s-1"));
        json.put("summary", e.text() == null ? "" : e.text());
        if (e.record() != null) {
            json.putAll(e.record());
        }
        return CONCERNS.read(JSON.writeValueAsString(json));
    }

    private static void assertFires(Rule rule, QualityChecker checker, Example e) throws Exception {
        List<Finding> findings = checker.check(concernOf(e)).of(rule.id());
        assertThat(findings).as("%s must fire on: %s", rule.id(), e.name()).isNotEmpty();
        List<Finding> matching = findings.stream()
                .filter(f -> e.severity() == null || f.severity() == Severity.parse(e.severity()))
                .filter(f -> e.field() == null || f.field().equals(e.field()))
                .filter(f -> e.span() == null || f.span().map(s -> s.text().equals(e.span())).orElse(false))
                .filter(f -> e.start() == null || f.span().map(s -> s.start() == e.start()).orElse(false))
                .toList();
        assertThat(matching).as("%s on '%s': expected severity=%s field=%s span=%s, got %s", rule.id(), e.name(),
                e.severity(), e.field(), e.span(), findings).isNotEmpty();
        if (e.text() != null) {
            for (Finding f : findings) {
                f.span().filter(s -> f.field().equals("summary"))
                        .ifPresent(s -> assertThat(e.text().substring(s.start(), s.end())).isEqualTo(s.text()));
            }
        }
    }

    private static void assertQuiet(Rule rule, QualityChecker checker, Example e) throws Exception {
        Severity tolerated = e.allow() == null ? null : Severity.parse(e.allow());
        List<Finding> findings = checker.check(concernOf(e)).of(rule.id()).stream()
                .filter(f -> tolerated == null || f.severity().isAtLeast(tolerated) && f.severity() != tolerated)
                .toList();
        assertThat(findings).as("%s must not fire on: %s", rule.id(), e.name()).isEmpty();
    }
}
