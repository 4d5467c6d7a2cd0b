package org.safeguardingkit.review.sampling;

/**
 * How the incidents shown as the form's rows are chosen.
 */
public enum SampleMethod {
    /** Every incident of the period. */
    ALL,
    /** The N most recent incidents. */
    MOST_RECENT,
    /** A seeded random sample of N, stratified by category and year group (proportional allocation). */
    STRATIFIED;
}
