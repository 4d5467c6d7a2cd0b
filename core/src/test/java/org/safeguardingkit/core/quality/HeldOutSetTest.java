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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;

/**
 * Scores the rules on {@code heldout-v1.jsonl}, an independently written labelled set (see heldout-v1.md), the way
 * the shared evaluator scores the development set: fact-opinion on overlapping spans of WARNING/ERROR findings on
 * the summary; child-voice and rationale per record, a WARNING/ERROR finding meaning "missing". The floors sit a
 * little below the figures measured when the set was added, so a change that loses generalisation fails here.
 */
class HeldOutSetTest {

    private static final List<JsonNode> ITEMS = new ArrayList<>();
    private static final List<Findings> RESULTS = new ArrayList<>();

    @BeforeAll
    static void checkEveryRecord() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ConcernJson json = ConcernJson.create();
        QualityChecker checker = QualityChecker.defaults();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HeldOutSetTest.class.getResourceAsStream("heldout-v1.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = mapper.readTree(line);
                Concern concern = json.read(mapper.writeValueAsString(item.get("record")));
                ITEMS.add(item);
                RESULTS.add(checker.check(concern));
            }
        }
        assertThat(ITEMS).hasSize(200);
    }

    private static boolean serious(Finding f) {
        return f.severity() == Severity.WARNING || f.severity() == Severity.ERROR;
    }

    @Test
    void factOpinionFindsTheWritersOpinionsWithoutFlaggingFacts() {
        int predicted = 0;
        int falsePositives = 0;
        int gold = 0;
        int found = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            String summary = ITEMS.get(i).get("record").get("summary").asText();
            List<int[]> spans = new ArrayList<>();
            for (JsonNode label : ITEMS.get(i).get("labels").get("opinion")) {
                int at = summary.indexOf(label.asText());
                spans.add(new int[] {at, at + label.asText().length()});
            }
            boolean[] hit = new boolean[spans.size()];
            for (Finding f : RESULTS.get(i).findings()) {
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
        assertThat(precision).as("fact-opinion precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("fact-opinion recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void childVoiceIsMissingExactlyWhenNeitherWordsNorAReasonAreRecorded() {
        assertThat(f1("child-voice", item -> item.get("labels").get("childVoice").asText().equals("MISSING")))
                .as("child-voice F1").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void rationaleIsMissingExactlyWhenADecisionHasNoReason() {
        assertThat(f1("rationale", item -> item.get("labels").get("rationaleMissing").asBoolean()))
                .as("rationale F1").isGreaterThanOrEqualTo(0.97);
    }

    private static double f1(String rule, java.util.function.Predicate<JsonNode> truth) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            boolean said = RESULTS.get(i).findings().stream().anyMatch(f -> f.rule().equals(rule) && serious(f));
            boolean real = truth.test(ITEMS.get(i));
            tp += said && real ? 1 : 0;
            fp += said && !real ? 1 : 0;
            fn += !said && real ? 1 : 0;
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        return 2 * p * r / (p + r);
    }
}
