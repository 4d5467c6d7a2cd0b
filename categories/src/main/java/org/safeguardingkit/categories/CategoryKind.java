package org.safeguardingkit.categories;

/**
 * Whether a category is a safeguarding concern or a behaviour matter.
 *
 * <p>Children inherit the kind of their parent unless they declare their own.
 */
public enum CategoryKind {
    /** A safeguarding concern: goes to the designated safeguarding lead. */
    SAFEGUARDING,
    /** A behaviour matter, handled under the behaviour policy. */
    BEHAVIOURAL
}
