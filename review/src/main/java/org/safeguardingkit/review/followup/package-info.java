/**
 * The review's follow-up plan (API values and their generation from answers and trends).
 */
package org.safeguardingkit.review.followup;
