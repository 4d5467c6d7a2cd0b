package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;

/**
 * Scores the rule on several hundred sentences written in other vocabulary than the dev set (opinions with
 * their expected spans, and near-misses), the way the evaluation scores it: a WARNING overlapping an expected
 * span finds it, a WARNING overlapping none is a false positive. Guards against regressions in generalisation.
 */
class FactOpinionSentencesTest {

    @Test
    void precisionAndRecallOnVariedSentences() throws IOException {
        FactOpinionRule rule = new FactOpinionRule();
        RuleContext context = RuleContext.defaults();
        int findings = 0;
        int falsePositives = 0;
        int expected = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FactOpinionSentencesTest.class.getResourceAsStream("fact-opinion-sentences.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|\\|");
                String text = parts[0].trim();
                List<int[]> spans = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    String s = parts[i].trim();
                    if (!s.isEmpty()) {
                        int at = text.indexOf(s);
                        assertThat(at).as("expected span '%s' is in '%s'", s, text).isGreaterThanOrEqualTo(0);
                        spans.add(new int[] {at, at + s.length()});
                    }
                }
                boolean[] hit = new boolean[spans.size()];
                for (Finding f : rule.checkText(text, "summary", context)) {
                    if (f.severity() == Severity.INFO) {
                        continue;
                    }
                    findings++;
                    int start = f.span().orElseThrow().start();
                    int end = f.span().orElseThrow().end();
                    boolean any = false;
                    for (int k = 0; k < spans.size(); k++) {
                        if (start < spans.get(k)[1] && end > spans.get(k)[0]) {
                            hit[k] = true;
                            any = true;
                        }
                    }
                    if (!any) {
                        falsePositives++;
                        misses.add("FP " + f.span().orElseThrow().text() + " :: " + text);
                    }
                }
                expected += spans.size();
                for (int k = 0; k < hit.length; k++) {
                    if (hit[k]) {
                        found++;
                    } else {
                        misses.add("FN " + text.substring(spans.get(k)[0], spans.get(k)[1]) + " :: " + text);
                    }
                }
            }
        }
        double precision = (findings - falsePositives) / (double) findings;
        double recall = found / (double) expected;
        assertThat(expected).isGreaterThan(300);
        assertThat(precision).as("precision; misses: %s", misses).isGreaterThanOrEqualTo(0.97);
        assertThat(recall).as("recall; misses: %s", misses).isGreaterThanOrEqualTo(0.97);
    }
}
