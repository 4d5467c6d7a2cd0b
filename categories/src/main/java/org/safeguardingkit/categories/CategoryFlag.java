package org.safeguardingkit.categories;

/**
 * Cross-cutting properties of a category that reviews and rules ask about.
 *
 * <p>Children inherit the flags of their parent unless they declare their own set (which then
 * replaces the inherited one, so a child lists every flag it carries).
 */
public enum CategoryFlag {
    /** Harmful sexual behaviour (KCSIE; Hackett continuum). */
    HSB,
    /** Lower-level harmful sexual behaviour (sexist language, sexual comments, age-inappropriate behaviour). */
    LOWER_LEVEL_HSB,
    /** Abuse of a child by another child, including bullying. */
    CHILD_ON_CHILD,
    /** Happens online or through devices. */
    ONLINE,
    /** Criminal or sexual exploitation. */
    EXPLOITATION,
    /** Motivated by prejudice against a protected characteristic. */
    PREJUDICE,
    /** Always a decision for the designated safeguarding lead (statutory duty may apply). */
    STATUTORY
}
