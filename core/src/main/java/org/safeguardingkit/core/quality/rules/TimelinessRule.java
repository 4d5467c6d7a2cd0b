package org.safeguardingkit.core.quality.rules;

import java.time.Duration;
import java.util.List;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;

/**
 * Rule {@code timeliness}: concerns are recorded as soon as possible. Recorded more than {@code hours} after it
 * occurred (parameter {@code timeliness.hours}, default 24): WARNING on {@code recordedAt}. Recorded before it
 * occurred: WARNING (one of the times is wrong).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelinessRule implements Rule {

    /** The rule id. */
    public static final String ID = "timeliness";

    /** The default threshold in hours. */
    public static final int DEFAULT_HOURS = 24;

    /** Creates the rule. */
    public TimelinessRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Concern concern, RuleContext context) {
        int hours = context.intParameter(ID, "hours", DEFAULT_HOURS);
        Duration delay = Duration.between(concern.occurredAt(), concern.recordedAt());
        if (delay.isNegative()) {
            return List.of(Finding.onField(ID, Severity.WARNING, "recordedAt",
                    "recordedAt is before occurredAt.", "Check both times: a concern cannot be recorded before it happened."));
        }
        if (delay.compareTo(Duration.ofHours(hours)) > 0) {
            long h = delay.toHours();
            String when = h >= 48 ? (h / 24) + " days" : h + " hours";
            return List.of(Finding.onField(ID, Severity.WARNING, "recordedAt",
                    "Recorded " + when + " after it occurred (more than " + hours + " hours).",
                    "Record concerns the same day, while details are fresh; if recording was delayed, say why."));
        }
        return List.of();
    }
}
