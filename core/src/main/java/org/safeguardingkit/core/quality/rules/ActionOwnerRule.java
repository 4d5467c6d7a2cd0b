package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;

/**
 * Rule {@code action-owner}: enough information for each action to be carried out. An action without an owner
 * ({@code actions/i/owner}), a status ({@code actions/i/status}) or, while it is still open, a due date
 * ({@code actions/i/dueDate}): WARNING each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionOwnerRule implements Rule {

    /** The rule id. */
    public static final String ID = "action-owner";

    /** Creates the rule. */
    public ActionOwnerRule() {
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
        if (concern.actions().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < concern.actions().size(); i++) {
            Action a = concern.actions().get(i);
            if (a.owner().isEmpty()) {
                out.add(Finding.onField(ID, Severity.WARNING, "actions/" + i + "/owner",
                        "Action " + (i + 1) + " has no owner.",
                        "Name the member of staff responsible for this action."));
            }
            if (a.status().isEmpty()) {
                out.add(Finding.onField(ID, Severity.WARNING, "actions/" + i + "/status",
                        "Action " + (i + 1) + " has no status.",
                        "Record whether the action is OPEN, IN_PROGRESS, DONE or CANCELLED."));
            }
            boolean finished = a.status().filter(s -> s == ActionStatus.DONE || s == ActionStatus.CANCELLED).isPresent();
            if (a.dueDate().isEmpty() && !finished) {
                out.add(Finding.onField(ID, Severity.WARNING, "actions/" + i + "/dueDate",
                        "Action " + (i + 1) + " has no due date.",
                        "Give a date by which the action will be done, so it can be followed up."));
            }
        }
        return out;
    }
}
