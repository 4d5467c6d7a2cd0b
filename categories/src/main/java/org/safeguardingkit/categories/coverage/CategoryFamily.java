package org.safeguardingkit.categories.coverage;

import org.safeguardingkit.categories.CategoryFlag;

/** The families of categories the review checklist asks about, each identified by a flag. */
public enum CategoryFamily {
    /** Harmful sexual behaviour. */
    HSB(CategoryFlag.HSB),
    /** Lower-level harmful sexual behaviour (sexist language, sexual comments, ...). */
    LOWER_LEVEL_HSB(CategoryFlag.LOWER_LEVEL_HSB),
    /** Online concerns. */
    ONLINE(CategoryFlag.ONLINE);

    private final CategoryFlag flag;

    CategoryFamily(CategoryFlag flag) {
        this.flag = flag;
    }

    /** The flag that puts a category in this family. */
    public CategoryFlag flag() {
        return flag;
    }
}
