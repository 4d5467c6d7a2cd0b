package org.safeguardingkit.core.quality;

import java.util.List;
import org.safeguardingkit.core.quality.rules.ChildVoiceRule;

/**
 * The library's own rules, in run order. Registered as a {@link RulePack} service.
 */
public final class StandardRules implements RulePack {

    /** Creates the pack (used by {@link java.util.ServiceLoader}). */
    public StandardRules() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(new ChildVoiceRule());
    }

    /**
     * The category codes used when a rule set names no taxonomy.
     *
     * @return the default codes
     */
    static CategoryCodes defaultCategories() {
        return CategoryCodes.any();
    }
}
