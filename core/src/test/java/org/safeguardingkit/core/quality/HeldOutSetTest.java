package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;

/**
 * Scores the rules on independently written labelled sets (see {@code heldout-v*.md} beside them), the way the shared
 * evaluator scores the development set: fact-opinion on overlapping spans of WARNING/ERROR findings on the summary;
 * child-voice and rationale per record, a WARNING/ERROR finding meaning "missing". Each set's floors sit a little
 * below the figures measured when it was added (or last improved), so a change that loses generalisation fails here.
 */
class HeldOutSetTest {

    /** A labelled set and its floors. */
    record HeldOutSet(String resource, int size, double precision, double recall, double childVoiceF1,
            double rationaleF1) {
        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<HeldOutSet> sets() {
        return Stream.of(
                new HeldOutSet("heldout-v1.jsonl", 200, 0.95, 0.95, 0.97, 0.97),
                new HeldOutSet("heldout-v2.jsonl", 150, 0.95, 0.89, 0.98, 0.97),
                new HeldOutSet("heldout-v3.jsonl", 160, 0.97, 0.88, 0.95, 0.97),
                new HeldOutSet("heldout-v4.jsonl", 150, 0.97, 0.89, 0.96, 0.97),
                new HeldOutSet("heldout-v5.jsonl", 150, 0.95, 0.83, 0.95, 0.97),
                new HeldOutSet("heldout-v6.jsonl", 150, 0.95, 0.84, 0.97, 0.97),
                new HeldOutSet("heldout-v7.jsonl", 150, 0.96, 0.87, 0.97, 0.94),
                new HeldOutSet("heldout-v8.jsonl", 150, 0.97, 0.93, 0.95, 0.95),
                new HeldOutSet("heldout-v9.jsonl", 150, 0.97, 0.93, 0.95, 0.97),
                new HeldOutSet("heldout-v10.jsonl", 150, 0.96, 0.93, 0.94, 0.93),
                new HeldOutSet("heldout-v11.jsonl", 150, 0.96, 0.90, 0.86, 0.94),
                new HeldOutSet("heldout-v12.jsonl", 150, 0.97, 0.95, 0.90, 0.95),
                new HeldOutSet("heldout-v13.jsonl", 150, 0.97, 0.94, 0.88, 0.94),
                new HeldOutSet("heldout-v14.jsonl", 150, 0.97, 0.90, 0.87, 0.97),
                new HeldOutSet("heldout-v15.jsonl", 120, 0.93, 0.90, 0.89, 0.96));
    }

    /** One set's records with the findings of the default rule set. */
    private record Scored(List<JsonNode> items, List<Findings> results) {
    }

    private static Scored check(HeldOutSet set) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ConcernJson json = ConcernJson.create();
        QualityChecker checker = QualityChecker.defaults();
        List<JsonNode> items = new ArrayList<>();
        List<Findings> results = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HeldOutSetTest.class.getResourceAsStream(set.resource()), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = mapper.readTree(line);
                Concern concern = json.read(mapper.writeValueAsString(item.get("record")));
                items.add(item);
                results.add(checker.check(concern));
            }
        }
        assertThat(items).as(set.resource()).hasSize(set.size());
        return new Scored(items, results);
    }

    private static boolean serious(Finding f) {
        return f.severity() == Severity.WARNING || f.severity() == Severity.ERROR;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void scoresStayAboveTheSetsFloors(HeldOutSet set) throws IOException {
        Scored s = check(set);
        int predicted = 0;
        int falsePositives = 0;
        int gold = 0;
        int found = 0;
        for (int i = 0; i < s.items().size(); i++) {
            String summary = s.items().get(i).get("record").get("summary").asText();
            List<int[]> spans = new ArrayList<>();
            for (JsonNode label : s.items().get(i).get("labels").get("opinion")) {
                int at = summary.indexOf(label.asText());
                spans.add(new int[] {at, at + label.asText().length()});
            }
            boolean[] hit = new boolean[spans.size()];
            for (Finding f : s.results().get(i).findings()) {
                if (!f.rule().equals("fact-opinion") || !serious(f) || !f.field().equals("summary")) {
                    continue;
                }
                predicted++;
                boolean any = false;
                for (int k = 0; k < spans.size(); k++) {
                    if (f.span().orElseThrow().start() < spans.get(k)[1] && f.span().orElseThrow().end() > spans.get(k)[0]) {
                        hit[k] = true;
                        any = true;
                    }
                }
                if (!any) {
                    falsePositives++;
                }
            }
            gold += spans.size();
            for (boolean h : hit) {
                found += h ? 1 : 0;
            }
        }
        double precision = (predicted - falsePositives) / (double) predicted;
        double recall = found / (double) gold;
        assertThat(precision).as(set + ": fact-opinion precision").isGreaterThanOrEqualTo(set.precision());
        assertThat(recall).as(set + ": fact-opinion recall").isGreaterThanOrEqualTo(set.recall());
        assertThat(f1(s, "child-voice", item -> item.get("labels").get("childVoice").asText().equals("MISSING")))
                .as(set + ": child-voice F1").isGreaterThanOrEqualTo(set.childVoiceF1());
        assertThat(f1(s, "rationale", item -> item.get("labels").get("rationaleMissing").asBoolean()))
                .as(set + ": rationale F1").isGreaterThanOrEqualTo(set.rationaleF1());
    }

    private static double f1(Scored s, String rule, Predicate<JsonNode> truth) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < s.items().size(); i++) {
            boolean said = s.results().get(i).findings().stream().anyMatch(f -> f.rule().equals(rule) && serious(f));
            boolean real = truth.test(s.items().get(i));
            tp += said && real ? 1 : 0;
            fp += said && !real ? 1 : 0;
            fn += !said && real ? 1 : 0;
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        return 2 * p * r / (p + r);
    }
}
