package org.safeguardingkit.core.model;

/**
 * The role of the member of staff who recorded or decided.
 */
public enum StaffRole {
    /** Designated Safeguarding Lead. */
    DSL,
    /** Deputy Designated Safeguarding Lead. */
    DEPUTY_DSL,
    /** Teacher. */
    TEACHER,
    /** Support staff, e.g. teaching assistant or lunchtime supervisor. */
    SUPPORT_STAFF,
    /** Pastoral staff, e.g. head of year. */
    PASTORAL,
    /** Member of the senior leadership team. */
    SENIOR_LEADER,
    /** Any other role. */
    OTHER;
}
