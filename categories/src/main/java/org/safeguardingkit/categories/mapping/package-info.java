/**
 * Vendor label mapping (public API): turning the free category labels of an MIS or safeguarding product
 * ("Bullying - Cyber", "Peer on peer abuse") into taxonomy codes.
 *
 * <p>A {@link org.safeguardingkit.categories.mapping.LabelMap} is an explicit table (the shipped
 * {@code mis-labels} table maps 70+ common labels to {@code sgkit-default}); a
 * {@link org.safeguardingkit.categories.mapping.LabelMapper} uses the table, then the taxonomy's codes,
 * labels and aliases, and reports what it could not map in a
 * {@link org.safeguardingkit.categories.mapping.LabelMapping}.
 */
package org.safeguardingkit.categories.mapping;
