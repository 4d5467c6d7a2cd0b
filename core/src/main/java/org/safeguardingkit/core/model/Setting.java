package org.safeguardingkit.core.model;

/**
 * Where a concern happened, in the contextual safeguarding sense.
 */
public enum Setting {
    /** On the school site. */
    ON_SITE,
    /** Off site, in the community. */
    OFF_SITE,
    /** Online; the platform says where. */
    ONLINE,
    /** Travelling to or from school. */
    TRAVEL,
    /** At home. */
    HOME,
    /** Recorded as unknown (not the same as missing). */
    UNKNOWN;
}
