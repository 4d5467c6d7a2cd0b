package org.safeguardingkit.core.quality;

import java.util.List;
import org.safeguardingkit.core.model.Concern;

/**
 * A recording-quality rule: a stable id, a default severity and a pure check of a whole record.
 *
 * <p>Implementations are stateless, thread-safe and deterministic: the same record and context always give the
 * same findings, and checking one record never depends on another. Lexicons are resource files next to the rule
 * ({@code org/safeguardingkit/core/quality/<rule-id>/}), together with the rule's must-fire and must-not-fire
 * examples ({@code examples.yaml}).
 */
public interface Rule {

    /**
     * The permanent id, e.g. {@code child-voice}. Lower case, words separated by hyphens.
     *
     * @return the id
     */
    String id();

    /**
     * The severity of this rule's main finding (a rule set may override it).
     *
     * @return the default severity
     */
    Severity defaultSeverity();

    /**
     * Checks a whole record.
     *
     * @param concern the record
     * @param context the configuration and the shared analysed text
     * @return the findings, each naming its field (and words when it can point at them); empty when none
     */
    List<Finding> check(Concern concern, RuleContext context);
}
