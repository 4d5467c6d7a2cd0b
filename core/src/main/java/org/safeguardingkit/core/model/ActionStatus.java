package org.safeguardingkit.core.model;

/**
 * The status of an action.
 */
public enum ActionStatus {
    /** Not started. */
    OPEN,
    /** Started. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Cancelled. */
    CANCELLED;
}
