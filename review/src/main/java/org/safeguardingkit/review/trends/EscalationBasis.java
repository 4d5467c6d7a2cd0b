package org.safeguardingkit.review.trends;

/**
 * What rises for an escalating pupil.
 */
public enum EscalationBasis {
    /** The severity of the pupil's incidents (from the taxonomy) rises over time: Mann-Kendall trend test. */
    SEVERITY,
    /** The pupil's incidents become more frequent: later half of the period against the earlier half. */
    FREQUENCY;
}
