package org.safeguardingkit.categories.governance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@link DecisionLog}: a change request approved or rejected, a direct change applied,
 * or a direct change refused because the taxonomy is locked.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param requestId   the change request, empty for direct changes
 * @param change      what was asked, as {@link Change#describe()}
 * @param outcome     what was decided
 * @param decidedBy   who decided (for a refusal: who tried)
 * @param reason      why (required for rejections and refusals; may be empty for approvals)
 * @param decidedAt   when (from the governance clock)
 * @param fromVersion the version the decision was taken on
 * @param toVersion   the version it produced, for approvals and applied changes
 */
public record Decision(Optional<String> requestId, String change, Outcome outcome, Actor decidedBy, String reason,
                       Instant decidedAt, String fromVersion, Optional<String> toVersion) {

    /** What was decided. */
    public enum Outcome {
        /** A change request was approved into a new version. */
        APPROVED,
        /** A change request was rejected; the reason says why. */
        REJECTED,
        /** A direct change (no request) was applied to an unlocked taxonomy, or by the trust. */
        APPLIED,
        /** A school's direct change to a locked taxonomy was refused. */
        REFUSED
    }

    /** Checks every field. */
    public Decision {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        if ((outcome == Outcome.REJECTED || outcome == Outcome.REFUSED) && reason.isBlank()) {
            throw new IllegalArgumentException("SGK-0242: a " + outcome + " decision needs a reason");
        }
        if ((outcome == Outcome.APPROVED || outcome == Outcome.APPLIED) != toVersion.isPresent()) {
            throw new IllegalArgumentException("SGK-0242: toVersion is set exactly for approved and applied changes");
        }
    }
}
