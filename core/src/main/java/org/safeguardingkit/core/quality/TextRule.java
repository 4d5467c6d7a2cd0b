package org.safeguardingkit.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.safeguardingkit.core.model.Concern;

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

    /**
     * Checks the record's free-text fields written by staff: {@code summary}, {@code decisions/i/rationale},
     * {@code actions/i/description}, {@code responses/i/description} and {@code outcome} (never
     * {@code childVoice/words}: those are the child's words, not the writer's).
     *
     * @param concern the record
     * @param context the configuration and the shared analysed text
     * @return the findings of every field
     */
    @Override
    default List<Finding> check(Concern concern, RuleContext context) {
        List<Finding> summary = checkText(concern.summary(), "summary", context);
        if (concern.decisions().isEmpty() && concern.actions().isEmpty() && concern.responses().isEmpty()
                && concern.outcome().isEmpty()) {
            return summary; // most records: nothing to gather, no copy
        }
        List<Finding> out = new ArrayList<>(summary);
        for (int i = 0; i < concern.decisions().size(); i++) {
            String text = concern.decisions().get(i).rationale().orElse("");
            if (!text.isBlank()) {
                out.addAll(checkText(text, FieldPaths.of(FieldPaths.RATIONALE, i), context));
            }
        }
        for (int i = 0; i < concern.actions().size(); i++) {
            String text = concern.actions().get(i).description();
            if (!text.isBlank()) {
                out.addAll(checkText(text, FieldPaths.of(FieldPaths.ACTION, i), context));
            }
        }
        for (int i = 0; i < concern.responses().size(); i++) {
            String text = concern.responses().get(i).description().orElse("");
            if (!text.isBlank()) {
                out.addAll(checkText(text, FieldPaths.of(FieldPaths.RESPONSE, i), context));
            }
        }
        if (concern.outcome().isPresent() && !concern.outcome().get().isBlank()) {
            out.addAll(checkText(concern.outcome().get(), "outcome", context));
        }
        return out;
    }
}
