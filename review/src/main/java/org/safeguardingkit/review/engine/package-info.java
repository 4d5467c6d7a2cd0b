/**
 * Internal: the shared parts of the review engine (facts about one incident, the taxonomy lens, bounded example id
 * sets, normal-distribution tail). Not API; may change without notice.
 */
package org.safeguardingkit.review.engine;
