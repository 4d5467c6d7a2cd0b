/**
 * API: recording-quality checking. {@link org.safeguardingkit.core.quality.QualityChecker} runs a
 * {@link org.safeguardingkit.core.quality.RuleSet} of {@link org.safeguardingkit.core.quality.Rule}s over a concern
 * record (or one free-text field) and returns {@link org.safeguardingkit.core.quality.Finding}s with a
 * {@link org.safeguardingkit.core.quality.Severity}, the field, the words, a message and a suggestion.
 *
 * <p>SPI: {@link org.safeguardingkit.core.quality.Rule}, {@link org.safeguardingkit.core.quality.TextRule} and
 * {@link org.safeguardingkit.core.quality.RulePack} (vendor rule packs discovered by {@link java.util.ServiceLoader}).
 * The rules themselves live in {@code org.safeguardingkit.core.quality.rules}.
 */
package org.safeguardingkit.core.quality;
