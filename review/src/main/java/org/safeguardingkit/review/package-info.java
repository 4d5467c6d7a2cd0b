/**
 * The Appendix A behaviour log review (API): {@link org.safeguardingkit.review.Review} is the output value (JSON via
 * {@link org.safeguardingkit.review.ReviewJson}); rows, student details and the other parts of the form live here,
 * the checklist, trends, key considerations, quality summary, follow-ups and sampling in subpackages.
 */
package org.safeguardingkit.review;
