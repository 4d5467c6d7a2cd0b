package org.safeguardingkit.core.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one record: its id, the findings in rule order, a 0..100 score and a summary per rule
 * that ran (including rules that found nothing).
 *
 * <p>The score starts at 100 and loses 25 per ERROR, 10 per WARNING and 2 per INFO, never below 0: a quick
 * signal for dashboards, not a judgement of the child's safety.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id       the record id
 * @param findings the findings
 * @param score    0..100, 100 when there is nothing to improve
 * @param rules    per rule id (in run order), its summary
 */
public record Findings(String id, List<Finding> findings, int score, Map<String, RuleSummary> rules) {

    /** Validates and copies. */
    public Findings {
        Objects.requireNonNull(id, "id");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(rules, "rules");
        // a map built by of(...) is not shared with anyone: wrap it rather than copy it again
        rules = Collections.unmodifiableMap(rules instanceof Built ? rules : new LinkedHashMap<>(rules));
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("SGK-0409: score must be within 0..100, got " + score);
        }
    }

    /**
     * Builds the result from findings, computing the score and the per-rule summary.
     *
     * @param id       the record id
     * @param ruleIds  the ids of the rules that ran, in order
     * @param findings the findings
     * @return the result
     */
    public static Findings of(String id, List<String> ruleIds, List<Finding> findings) {
        return of(id, ruleIds, null, findings);
    }

    /** The summaries of rules that found nothing, one per rule id (immutable values, shared between results). */
    static RuleSummary[] noFindings(List<String> ruleIds) {
        RuleSummary[] none = new RuleSummary[ruleIds.size()];
        for (int r = 0; r < none.length; r++) {
            none[r] = new RuleSummary(ruleIds.get(r), 0, Optional.empty());
        }
        return none;
    }

    /** As {@link #of(String, List, List)}, with the summaries of rules that found nothing ready made (or null). */
    static Findings of(String id, List<String> ruleIds, RuleSummary[] none, List<Finding> findings) {
        int n = ruleIds.size();
        int[] counts = new int[n];
        Severity[] worst = new Severity[n];
        Map<String, RuleSummary> extra = null;
        int score = 100;
        for (Finding f : findings) {
            int r = ruleIds.indexOf(f.rule());
            if (r >= 0) {
                counts[r]++;
                if (worst[r] == null || f.severity().compareTo(worst[r]) > 0) {
                    worst[r] = f.severity();
                }
            } else {
                // a finding of a rule not listed (a rule may report under another id): summarise it too
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                RuleSummary old = extra.get(f.rule());
                Severity w = old == null ? f.severity()
                        : old.worst().filter(x -> x.isAtLeast(f.severity())).orElse(f.severity());
                extra.put(f.rule(), new RuleSummary(f.rule(), old == null ? 1 : old.findings() + 1, Optional.of(w)));
            }
            score -= switch (f.severity()) {
                case ERROR -> 25;
                case WARNING -> 10;
                case INFO -> 2;
            };
        }
        Map<String, RuleSummary> rules = new Built(Math.max(4, 2 * n));
        for (int r = 0; r < n; r++) {
            rules.put(ruleIds.get(r), none != null && counts[r] == 0 ? none[r]
                    : new RuleSummary(ruleIds.get(r), counts[r], Optional.ofNullable(worst[r])));
        }
        if (extra != null) {
            rules.putAll(extra);
        }
        return new Findings(id, findings, Math.max(0, score), rules);
    }

    /** The summary map {@link #of(String, List, RuleSummary[], List)} builds and hands over, never shared. */
    private static final class Built extends LinkedHashMap<String, RuleSummary> {
        private static final long serialVersionUID = 1L;

        Built(int capacity) {
            super(capacity);
        }
    }

    /**
     * The most serious severity found.
     *
     * @return the worst severity, empty when there are no findings
     */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }

    /**
     * Whether the record meets the standard: no finding at or above {@code minimum}.
     *
     * @param minimum the severity that fails a record
     * @return {@code true} if no finding is that serious
     */
    public boolean meets(Severity minimum) {
        return findings.stream().noneMatch(f -> f.severity().isAtLeast(minimum));
    }

    /**
     * The findings of one rule.
     *
     * @param rule the rule id
     * @return its findings, in order
     */
    public List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
