/**
 * API: Jakarta Validation constraints that run the recording-quality rules on a vendor's own classes.
 * {@link org.safeguardingkit.core.validation.FactualLanguage @FactualLanguage} checks a free-text {@code String}
 * (one violation per finding, naming the words and the suggestion);
 * {@link org.safeguardingkit.core.validation.MeetsRecordingStandard @MeetsRecordingStandard} checks a whole
 * {@link org.safeguardingkit.core.model.Concern} against every rule. Both take a minimum severity; both accept
 * {@code null} (combine with {@code @NotNull}). Messages are keyed in {@code ValidationMessages.properties}.
 * Portable: tested with Hibernate Validator and Apache BVal.
 */
package org.safeguardingkit.core.validation;
