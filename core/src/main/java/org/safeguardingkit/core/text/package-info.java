/**
 * Text analysis for free-text record fields (public API).
 *
 * <p>{@link org.safeguardingkit.core.text.AnalysedText#of(String)} splits a text once into
 * {@link org.safeguardingkit.core.text.Token tokens} (with UTF-16 offsets into the original string),
 * {@link org.safeguardingkit.core.text.Sentence sentences},
 * {@link org.safeguardingkit.core.text.QuotedSpan quoted spans} in every quote style (straight, curly,
 * single, double, guillemets; nested, unclosed and sentence-spanning quotes; apostrophes such as
 * "didn't" and "James'" are not quotes) and {@link org.safeguardingkit.core.text.ReportedSpeech reported
 * speech} with its {@link org.safeguardingkit.core.text.Speaker speaker}, so rules know whose words a
 * span is. It also marks negation and hedge scopes.
 *
 * <p>{@link org.safeguardingkit.core.text.Lexicon} holds phrase lists loaded from UTF-8 resource files
 * (one entry a line with a category and a suggestion, word families such as {@code aggress{ive,ion}}
 * and stems such as {@code manipulat*}) and matches all of them in one pass over the tokens.
 *
 * <p>Everything here is linear in the length of the text: no regular expressions run over the input,
 * and every scan is bounded. All types are immutable and thread-safe.
 */
package org.safeguardingkit.core.text;
