package org.safeguardingkit.core.model;

/**
 * The kind of a response.
 */
public enum ResponseType {
    /** A sanction, e.g. detention or suspension. */
    SANCTION,
    /** Support, e.g. mentoring. */
    SUPPORT,
    /** Education, e.g. a lesson or assembly. */
    EDUCATION,
    /** A restorative conversation or meeting. */
    RESTORATIVE,
    /** Increased supervision. */
    SUPERVISION,
    /** A referral to another service. */
    REFERRAL,
    /** A safety plan. */
    SAFETY_PLAN,
    /** Any other response. */
    OTHER;
}
