package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.CategoryCodes;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.text.TextSpan;

/**
 * Rule {@code category}: what the concern is about, in the active taxonomy ({@link RuleContext#categories()}).
 * No category: WARNING on {@code categories}; a code the taxonomy does not know: WARNING on
 * {@code categories/i}; an alias or a retired code the taxonomy still resolves: INFO, suggesting the current code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategoryRule implements Rule {

    /** The rule id. */
    public static final String ID = "category";

    /** The finding on a record without categories: the same for every record, so made once (findings are immutable). */
    private static final List<Finding> NO_CATEGORY = List.of(Finding.onField(ID, Severity.WARNING, "categories",
            "No category is recorded.",
            "Choose at least one category from the school's taxonomy, so patterns can be seen across records."));

    /** Creates the rule. */
    public CategoryRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Concern concern, RuleContext context) {
        List<String> codes = concern.categories();
        boolean allBlank = true;
        for (int i = 0; i < codes.size() && allBlank; i++) {
            allBlank = codes.get(i).isBlank();
        }
        if (allBlank) {
            return NO_CATEGORY;
        }
        CategoryCodes known = context.categories();
        List<Finding> out = new ArrayList<>(0);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code.isBlank()) {
                continue;
            }
            if (!known.contains(code)) {
                out.add(Finding.at(ID, Severity.WARNING, "categories/" + i, TextSpan.of(code, 0, code.length()),
                        "'" + code + "' is not a category of the active taxonomy.",
                        "Use a category code of the active taxonomy."));
                continue;
            }
            Optional<String> current = known.suggest(code);
            if (current.isPresent()) {
                out.add(Finding.at(ID, Severity.INFO, "categories/" + i, TextSpan.of(code, 0, code.length()),
                        "'" + code + "' is an alias or a retired code of '" + current.get() + "'.",
                        "Use '" + current.get() + "'."));
            }
        }
        return out;
    }
}
