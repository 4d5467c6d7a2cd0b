/**
 * Governance of taxonomies (public API): locked taxonomies, change requests and the decision log.
 *
 * <p>A trust locks its taxonomy; a school cannot change a locked taxonomy directly
 * ({@link org.safeguardingkit.categories.governance.TaxonomyLockedException}) but submits a
 * {@link org.safeguardingkit.categories.governance.ChangeRequest} (add, rename, merge, retire), which a trust
 * officer approves into a new version or rejects with a reason, through
 * {@link org.safeguardingkit.categories.governance.TaxonomyGovernance}. Every decision is kept in an
 * immutable {@link org.safeguardingkit.categories.governance.DecisionLog}; renamed, merged and retired codes
 * keep resolving to their successors in every later version.
 */
package org.safeguardingkit.categories.governance;
