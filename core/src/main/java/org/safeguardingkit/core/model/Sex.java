package org.safeguardingkit.core.model;

/**
 * The pupil's sex as recorded.
 */
public enum Sex {
    /** Male. */
    M,
    /** Female. */
    F,
    /** Other or not recorded. */
    X;
}
