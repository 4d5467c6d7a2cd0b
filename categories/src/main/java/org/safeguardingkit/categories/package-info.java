/**
 * Category taxonomies (public API): what a safeguarding or behaviour record can be about.
 *
 * <p>A {@link org.safeguardingkit.categories.Taxonomy} is an immutable, versioned tree of
 * {@link org.safeguardingkit.categories.Category categories}, loaded from JSON or YAML with
 * {@link org.safeguardingkit.categories.TaxonomyReader} (which reports every problem of a file at once,
 * each with its path) and written back with {@link org.safeguardingkit.categories.TaxonomyWriter}.
 * Reference taxonomies ship as resources: {@code Taxonomy.reference("sgkit-default")} and
 * {@code Taxonomy.reference("dfe-cin-factors")}.
 *
 * <p>Subpackages: {@code governance} (locked taxonomies, change requests, decision log),
 * {@code mapping} (vendor label mapping), {@code coverage} (how a log uses a taxonomy).
 * This module knows nothing about records.
 */
package org.safeguardingkit.categories;
