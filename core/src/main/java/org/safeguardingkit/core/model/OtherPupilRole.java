package org.safeguardingkit.core.model;

/**
 * The part another pupil played in a concern.
 */
public enum OtherPupilRole {
    /** Alleged to have caused the harm. */
    ALLEGED_PERPETRATOR,
    /** Harmed. */
    VICTIM,
    /** Saw or heard it. */
    WITNESS,
    /** Involved in another way. */
    INVOLVED;
}
