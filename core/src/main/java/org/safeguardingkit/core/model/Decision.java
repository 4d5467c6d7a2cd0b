package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision about a concern and its rationale. Every decision needs its reason, "no further action" most of all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcome what was decided
 * @param rationale why
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record Decision(@NotNull DecisionOutcome outcome, Optional<String> rationale,
        Optional<@Valid StaffId> decidedBy, Optional<@PastOrPresent Instant> decidedAt) {

    /** Checks the fields. */
    public Decision {
        Objects.requireNonNull(outcome, "decisions[].outcome is required");
        rationale = Objects.requireNonNullElse(rationale, Optional.empty());
        decidedBy = Objects.requireNonNullElse(decidedBy, Optional.empty());
        decidedAt = Objects.requireNonNullElse(decidedAt, Optional.empty());
    }

    /**
     * A decision with a rationale.
     *
     * @param outcome the outcome
     * @param rationale the reason, may be null
     * @return the decision
     */
    public static Decision of(DecisionOutcome outcome, String rationale) {
        return new Decision(outcome, Optional.ofNullable(rationale), Optional.empty(), Optional.empty());
    }

    /**
     * A decision with who decided and when.
     *
     * @param outcome the outcome
     * @param rationale the reason, may be null
     * @param decidedBy who
     * @param decidedAt when
     * @return the decision
     */
    public static Decision of(DecisionOutcome outcome, String rationale, StaffId decidedBy, Instant decidedAt) {
        return new Decision(outcome, Optional.ofNullable(rationale), Optional.of(decidedBy), Optional.of(decidedAt));
    }
}
