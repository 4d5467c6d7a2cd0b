package org.safeguardingkit.review.checklist;

/**
 * The answer to a checklist question.
 */
public enum Answer {
    /** The log captures it. */
    YES,
    /** The log captures it in part. */
    PARTIAL,
    /** The log does not capture it. */
    NO;
}
