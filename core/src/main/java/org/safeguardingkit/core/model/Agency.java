package org.safeguardingkit.core.model;

/**
 * An agency outside the school.
 */
public enum Agency {
    /** Police. */
    POLICE,
    /** Children's social care. */
    CHILDRENS_SOCIAL_CARE,
    /** Early help. */
    EARLY_HELP,
    /** Multi-agency safeguarding hub. */
    MASH,
    /** Child and adolescent mental health services. */
    CAMHS,
    /** Health services, e.g. school nurse or GP. */
    HEALTH,
    /** Youth justice service. */
    YOUTH_JUSTICE,
    /** Prevent. */
    PREVENT,
    /** Any other agency. */
    OTHER;
}
