package org.safeguardingkit.core.quality;

import java.util.List;

/**
 * A rule that can judge one free-text field on its own (fact-opinion, clarity), so an editor can run it on every
 * keystroke pause through {@link QualityChecker#checkText(String, String)}.
 *
 * <p>Implementations are stateless, thread-safe and deterministic, and linear in the length of the text.
 */
public interface TextRule extends Rule {

    /**
     * Checks one free-text field.
     *
     * @param text    the field's text (never null, may be empty)
     * @param field   the field path, e.g. {@code summary} or {@code decisions/0/rationale}; findings carry it
     * @param context the configuration and the shared analysed text
     * @return the findings, spans are offsets into {@code text}; empty when none
     */
    List<Finding> checkText(String text, String field, RuleContext context);
}
