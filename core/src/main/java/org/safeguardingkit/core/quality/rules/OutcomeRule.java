package org.safeguardingkit.core.quality.rules;

import java.util.List;
import java.util.Locale;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;

/**
 * Rule {@code outcome}: a {@code CLOSED} record says how it ended. Closed with no outcome, or an outcome of "-",
 * "n/a", "closed": WARNING on {@code outcome}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeRule implements Rule {

    /** The rule id. */
    public static final String ID = "outcome";

    /** The finding on a closed record without outcome: the same for every record, so made once (findings are immutable). */
    private static final List<Finding> NO_OUTCOME = List.of(Finding.onField(ID, Severity.WARNING, "outcome",
            "The record is closed with no outcome.",
            "Say how the concern ended: what happened, what changed for the child, what was agreed."));

    /** Creates the rule. */
    public OutcomeRule() {
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
        if (!concern.isClosed()) {
            return List.of();
        }
        String outcome = concern.outcome().map(String::strip).orElse("");
        if (isAbsent(outcome)) {
            return NO_OUTCOME;
        }
        return List.of();
    }

    private static boolean isAbsent(String outcome) {
        String o = outcome.toLowerCase(Locale.ROOT);
        // replaceAll("[.!]+$", "") without a regex; where '$' would match before a final line terminator the text
        // keeps that terminator either way and so matches no entry below
        int end = o.length();
        while (end > 0 && (o.charAt(end - 1) == '.' || o.charAt(end - 1) == '!')) {
            end--;
        }
        o = end == o.length() ? o : o.substring(0, end);
        return switch (o) {
            case "", "-", "--", "n/a", "na", "none", "nil", "null", "closed", "tbc", "x", "?", "done", "see above",
                 "as above" -> true;
            default -> false;
        };
    }
}
