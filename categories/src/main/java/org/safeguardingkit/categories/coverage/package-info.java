/**
 * Coverage analysis (public API): how a behaviour or safeguarding log uses a taxonomy.
 *
 * <p>{@link org.safeguardingkit.categories.coverage.CoverageAnalysis} takes category usage counts (a plain
 * {@code Map<String, Long>}, so this package knows nothing of records) and returns a
 * {@link org.safeguardingkit.categories.coverage.CoverageReport}: categories never used, overuse of
 * catch-all codes, labels that could not be mapped, and the families the review checklist asks about
 * (HSB, lower-level HSB, online) that the taxonomy lacks or the log never records.
 */
package org.safeguardingkit.categories.coverage;
