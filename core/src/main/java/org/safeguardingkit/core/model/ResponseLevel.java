package org.safeguardingkit.core.model;

/**
 * Whom a response is aimed at (contextual safeguarding levels).
 */
public enum ResponseLevel {
    /** The individual pupils involved. */
    INDIVIDUAL,
    /** A peer group. */
    PEER_GROUP,
    /** The whole school. */
    WHOLE_SCHOOL,
    /** A place or space, e.g. supervision of a corridor. */
    ENVIRONMENT;
}
