/**
 * API: text analysis of free-text record fields (spans with UTF-16 offsets, tokens, sentences, quotes, reported
 * speech, lexicon matching) used by the recording-quality rules.
 */
package org.safeguardingkit.core.text;
