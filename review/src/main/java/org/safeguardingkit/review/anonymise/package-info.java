/**
 * Anonymisation for the review (API): keyed pseudonyms (HMAC-SHA256) for pupils and staff and redaction of names in
 * free text.
 */
package org.safeguardingkit.review.anonymise;
