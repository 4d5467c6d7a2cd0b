package org.safeguardingkit.core.model;

/**
 * Whether a concern is still open.
 */
public enum ConcernStatus {
    /** Open. */
    OPEN,
    /** Closed. */
    CLOSED;
}
