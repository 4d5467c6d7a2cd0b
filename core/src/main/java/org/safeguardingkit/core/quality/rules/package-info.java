/**
 * API: the standard recording-quality rules, one class per rule, each named for what it checks
 * ({@code ChildVoiceRule} is rule {@code child-voice}). Lexicons, glossaries and the must-fire / must-not-fire
 * examples of each rule are resources in {@code org/safeguardingkit/core/quality/<rule-id>/}.
 */
package org.safeguardingkit.core.quality.rules;
