package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;

class QualityCheckerTest {

    private static final String[] SUMMARIES = {
        "Mum seemed drunk at pick-up. NFA.",
        "Amira said \"I don't want to go home\". Referred to MASH as she has a mark on her arm.",
        "Jayden was aggressive towards staff. Will monitor.",
        "Poppy was too upset to talk; I will speak to her tomorrow. Passed to the DSL.",
        "Removed to RR. Logged for info.",
    };

    @Test
    @DisplayName("one checker shared by many threads gives each record the same findings as checking it alone")
    void sharedAcrossThreads() throws Exception {
        QualityChecker checker = QualityChecker.defaults();
        List<Concern> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            records.add(RuleSetTest.concern(SUMMARIES[i % SUMMARIES.length] + " (" + i + ")", "2026-01-01T09:00:00Z",
                    i % 3 == 0 ? "2026-01-03T09:00:00Z" : "2026-01-01T10:00:00Z").toBuilder().id("c-" + i).build());
        }
        List<Findings> alone = records.stream().map(checker::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Findings>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Concern c : records) {
                    futures.add(pool.submit(() -> checker.check(c)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % records.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("checkText runs the rules that judge text alone and names the field")
    void checkText() {
        List<Finding> findings = QualityChecker.defaults().checkText("He was clearly lying. NFA.", "decisions/0/rationale");
        assertThat(findings).extracting(Finding::rule).contains("fact-opinion", "rationale").doesNotContain("child-voice",
                "location");
        assertThat(findings).extracting(Finding::field).containsOnly("decisions/0/rationale");
        assertThat(QualityChecker.defaults().checkText(null, "summary")).extracting(Finding::rule).containsOnly("clarity");
    }

    @Test
    @DisplayName("findings come in rule order and the summary lists every rule that ran")
    void summary() {
        Findings f = QualityChecker.defaults().check(RuleSetTest.concern(SUMMARIES[0], "2026-01-01T09:00:00Z",
                "2026-01-01T10:00:00Z"));
        assertThat(f.rules().keySet()).containsExactlyElementsOf(
                RuleSet.defaults().rules().stream().map(Rule::id).toList());
        assertThat(f.rules().get("timeliness").passed()).isTrue();
        assertThat(f.rules().get("rationale").worst()).contains(Severity.ERROR);
        assertThat(f.score()).isLessThan(100);
    }
}
