/**
 * The review's key considerations (API values): incident types, response patterns and gaps.
 */
package org.safeguardingkit.review.considerations;
