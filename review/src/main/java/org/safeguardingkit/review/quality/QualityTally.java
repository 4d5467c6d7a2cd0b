package org.safeguardingkit.review.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.safeguardingkit.review.engine.ExampleIds;
import org.safeguardingkit.review.sampling.SampledIncident;

/**
 * Sums the recording-quality findings of the sampled incidents into a {@link QualitySummary} (internal). Rule ids
 * are those of the quality rules: {@code child-voice}, {@code fact-opinion}, {@code rationale}, {@code location},
 * {@code action-owner}, ...
 */
public final class QualityTally {

    /** The child's voice rule. */
    public static final String CHILD_VOICE = "child-voice";
    /** The fact and opinion rule. */
    public static final String FACT_OPINION = "fact-opinion";
    /** The rationale rule. */
    public static final String RATIONALE = "rationale";
    /** The location rule. */
    public static final String LOCATION = "location";
    /** The action owner rule. */
    public static final String ACTION_OWNER = "action-owner";

    private QualityTally() {
    }

    /**
     * The summary of a sample.
     *
     * @param sample the sampled incidents
     * @param exampleLimit example ids per rule
     * @return the summary
     */
    public static QualitySummary of(List<SampledIncident> sample, int exampleLimit) {
        long n = sample.size();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, ExampleIds> examples = new TreeMap<>();
        for (SampledIncident s : sample) {
            for (String rule : s.rules()) {
                counts.merge(rule, 1L, Long::sum);
                examples.computeIfAbsent(rule, k -> new ExampleIds(exampleLimit)).add(s.id());
            }
        }
        List<RuleCount> byRule = new ArrayList<>();
        counts.forEach((rule, c) -> byRule.add(new RuleCount(rule, c, n == 0 ? 0.0 : (double) c / n,
                examples.get(rule).list())));
        byRule.sort(Comparator.comparingLong(RuleCount::records).reversed().thenComparing(RuleCount::rule));
        return new QualitySummary(n, Share.of(n - counts.getOrDefault(CHILD_VOICE, 0L), n),
                Share.of(counts.getOrDefault(FACT_OPINION, 0L), n), Share.of(counts.getOrDefault(RATIONALE, 0L), n),
                Share.of(counts.getOrDefault(LOCATION, 0L), n), Share.of(counts.getOrDefault(ACTION_OWNER, 0L), n),
                byRule);
    }

    /**
     * The rules that recur: those firing on at least a share of the sample.
     *
     * @param summary the summary
     * @param share the recurring share
     * @return the recurring rules, most frequent first
     */
    public static List<RuleCount> recurring(QualitySummary summary, double share) {
        return summary.byRule().stream().filter(r -> r.records() > 0 && r.share() >= share).toList();
    }
}
