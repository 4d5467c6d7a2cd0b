package org.safeguardingkit.core.quality;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What a rule may consult while it checks: the configuration of the {@link RuleSet} (thresholds, extra lexicon
 * entries, the glossary, the active category codes, the clock) and the shared analysed text of each field, so a
 * field is tokenised once however many rules read it.
 *
 * <p>A {@link QualityChecker} makes one context per check; a context is confined to the thread doing that check.
 * Rules must not keep a reference to it.
 */
public final class RuleContext {

    private final RuleSet ruleSet;

    private RuleContext(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * A context for one check under a rule set.
     *
     * @param ruleSet the configuration
     * @return a fresh context
     */
    public static RuleContext of(RuleSet ruleSet) {
        return new RuleContext(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * A context under the default rule set.
     *
     * @return a fresh context
     */
    public static RuleContext defaults() {
        return of(RuleSet.defaults());
    }

    /** @return the rule set */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return the clock */
    public Clock clock() {
        return ruleSet.clock();
    }

    /** @return the glossary of known acronyms */
    public Glossary glossary() {
        return ruleSet.glossary();
    }

    /** @return the active category codes */
    public CategoryCodes categories() {
        return ruleSet.categories();
    }

    /**
     * Extra lexicon entries the rule set adds to a rule's list.
     *
     * @param ruleId rule id
     * @param list list name
     * @return the entries, empty if none
     */
    public List<String> lexicon(String ruleId, String list) {
        return ruleSet.lexicon(ruleId, list);
    }

    /**
     * An integer parameter of a rule.
     *
     * @param ruleId rule id
     * @param name parameter name
     * @param defaultValue used when not configured
     * @return the value
     * @throws IllegalArgumentException (SGK-0414) if the configured value is not an integer
     */
    public int intParameter(String ruleId, String name, int defaultValue) {
        return ruleSet.parameter(ruleId, name).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SGK-0414: parameter " + ruleId + "." + name
                        + " must be an integer, got '" + v + "'", e);
            }
        }).orElse(defaultValue);
    }
}
