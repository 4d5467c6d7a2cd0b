/**
 * The review's recording-quality summary over the sample (API values, and the seam to the quality rules).
 */
package org.safeguardingkit.review.quality;
