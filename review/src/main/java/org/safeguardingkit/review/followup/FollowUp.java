package org.safeguardingkit.review.followup;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action of the follow-up plan, generated from a NO/PARTIAL answer or a trend, which the reviewer edits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id a stable id within the review, e.g. {@code "locations"} or {@code "peer-group-1"}
 * @param source what it comes from: a checklist id, or {@code "trend:<kind>"}, {@code "quality:<rule>"},
 *        {@code "reviewer"}
 * @param action what is to be done
 * @param reason why (the evidence in one sentence)
 * @param ownerRole the suggested owner role, e.g. {@code "DSL"}
 * @param due the suggested due date
 */
public record FollowUp(String id, String source, String action, String reason, String ownerRole, LocalDate due) {

    /** Checks the fields. */
    public FollowUp {
        Objects.requireNonNull(id, "followUps[].id is required");
        Objects.requireNonNull(source, "followUps[].source is required");
        Objects.requireNonNull(action, "followUps[].action is required");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(ownerRole, "followUps[].ownerRole is required");
        Objects.requireNonNull(due, "followUps[].due is required");
    }

    /**
     * Returns a copy with another action text.
     *
     * @param value the action
     * @return a copy
     */
    public FollowUp withAction(String value) {
        return new FollowUp(id, source, value, reason, ownerRole, due);
    }

    /**
     * Returns a copy with another owner role.
     *
     * @param value the role
     * @return a copy
     */
    public FollowUp withOwnerRole(String value) {
        return new FollowUp(id, source, action, reason, value, due);
    }

    /**
     * Returns a copy with another due date.
     *
     * @param value the date
     * @return a copy
     */
    public FollowUp withDue(LocalDate value) {
        return new FollowUp(id, source, action, reason, ownerRole, value);
    }

    /**
     * Returns a copy with another reason.
     *
     * @param value the reason
     * @return a copy
     */
    public FollowUp withReason(String value) {
        return new FollowUp(id, source, action, value, ownerRole, due);
    }
}
