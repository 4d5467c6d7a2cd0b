package org.safeguardingkit.review.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.CategoryFlag;
import org.safeguardingkit.categories.Taxonomy;

/**
 * The taxonomy as the review sees it, with the facts of each code cached (internal). Thread-safe.
 *
 * <p>Violence family: codes under {@code violence}, {@code behaviour.fighting}, {@code bullying.physical},
 * {@code abuse.physical} or {@code hsb.sexual-violence} (codes a taxonomy does not have are ignored).
 */
public final class CategoryLens {

    private static final String[] VIOLENCE_ROOTS = {"violence", "behaviour.fighting", "bullying.physical",
        "abuse.physical", "hsb.sexual-violence"};

    private final Taxonomy taxonomy;
    private final Map<String, CategoryInfo> cache = new ConcurrentHashMap<>();

    /**
     * A lens on a taxonomy.
     *
     * @param taxonomy the taxonomy
     */
    public CategoryLens(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * The taxonomy.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * The facts of a recorded code.
     *
     * @param recorded the code as recorded
     * @return the facts
     */
    public CategoryInfo info(String recorded) {
        return cache.computeIfAbsent(recorded, this::compute);
    }

    private CategoryInfo compute(String recorded) {
        Optional<Category> found = taxonomy.find(recorded);
        if (found.isEmpty()) {
            String code = recorded.strip();
            return new CategoryInfo(code, code, Optional.empty(), 0, false, false, false, false);
        }
        Category c = found.get();
        boolean violence = false;
        for (String root : VIOLENCE_ROOTS) {
            if (taxonomy.contains(root) && taxonomy.isA(c.code(), root)) {
                violence = true;
                break;
            }
        }
        return new CategoryInfo(c.code(), c.label(), Optional.of(c.kind()), c.severity(),
                c.hasFlag(CategoryFlag.HSB), c.hasFlag(CategoryFlag.LOWER_LEVEL_HSB), c.hasFlag(CategoryFlag.ONLINE),
                violence);
    }
}
