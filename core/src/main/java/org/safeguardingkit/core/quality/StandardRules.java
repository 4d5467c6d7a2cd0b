package org.safeguardingkit.core.quality;

import java.util.List;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.core.quality.rules.ActionOwnerRule;
import org.safeguardingkit.core.quality.rules.CategoryRule;
import org.safeguardingkit.core.quality.rules.ChildVoiceRule;
import org.safeguardingkit.core.quality.rules.ClarityRule;
import org.safeguardingkit.core.quality.rules.FactOpinionRule;
import org.safeguardingkit.core.quality.rules.LocationRule;
import org.safeguardingkit.core.quality.rules.OutcomeRule;
import org.safeguardingkit.core.quality.rules.RationaleRule;
import org.safeguardingkit.core.quality.rules.TimelinessRule;

/**
 * The library's own rules, in run order. Registered as a {@link RulePack} service.
 */
public final class StandardRules implements RulePack {

    /** Creates the pack (used by {@link java.util.ServiceLoader}). */
    public StandardRules() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(new FactOpinionRule(), new ChildVoiceRule(), new RationaleRule(), new LocationRule(), new ActionOwnerRule(),
                new TimelinessRule(), new OutcomeRule(), new CategoryRule(), new ClarityRule());
    }

    /**
     * The category codes used when a rule set names no taxonomy: the sgkit reference taxonomy.
     *
     * @return the default codes
     */
    static CategoryCodes defaultCategories() {
        return CategoryCodes.of(Taxonomy.sgkitDefault());
    }
}
