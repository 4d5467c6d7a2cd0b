package org.safeguardingkit.core.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * How one rule went on one record: how many findings, the most serious one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule     the rule id
 * @param findings the number of findings
 * @param worst    the most serious severity, empty when the rule found nothing
 */
public record RuleSummary(String rule, int findings, Optional<Severity> worst) {

    /** Validates the summary. */
    public RuleSummary {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(worst, "worst");
        if (findings < 0) {
            throw new IllegalArgumentException("SGK-0407: findings must be >= 0");
        }
        if ((findings == 0) != worst.isEmpty()) {
            throw new IllegalArgumentException("SGK-0408: worst must be present exactly when there are findings");
        }
    }

    /**
     * Whether the record meets this rule: no finding above INFO.
     *
     * @return {@code true} if passed
     */
    public boolean passed() {
        return worst.map(s -> s == Severity.INFO).orElse(true);
    }
}
