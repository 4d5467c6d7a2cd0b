/**
 * Sampling of the form's rows (API): all, the most recent N, or a seeded stratified sample that is mergeable
 * (bottom-k by a keyed hash of seed and incident id, per stratum of category and year group).
 */
package org.safeguardingkit.review.sampling;
