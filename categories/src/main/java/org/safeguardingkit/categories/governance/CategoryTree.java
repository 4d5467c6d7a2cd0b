package org.safeguardingkit.categories.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.safeguardingkit.categories.CategoryDefinition;

/** Edits of a nested category tree; every edit returns a new list. Internal. */
final class CategoryTree {

    private CategoryTree() {
    }

    /** Applies {@code edit} to the category with {@code code}, wherever it is. */
    static List<CategoryDefinition> update(List<CategoryDefinition> tree, String code,
                                           UnaryOperator<CategoryDefinition> edit) {
        List<CategoryDefinition> out = new ArrayList<>(tree.size());
        for (CategoryDefinition c : tree) {
            CategoryDefinition updated = c.withChildren(update(c.children(), code, edit));
            out.add(c.code().equals(code) ? edit.apply(updated) : updated);
        }
        return out;
    }

    /** Removes the category with {@code code} (and its subtree). */
    static List<CategoryDefinition> remove(List<CategoryDefinition> tree, String code) {
        List<CategoryDefinition> out = new ArrayList<>(tree.size());
        for (CategoryDefinition c : tree) {
            if (!c.code().equals(code)) {
                out.add(c.withChildren(remove(c.children(), code)));
            }
        }
        return out;
    }

    /** The category with {@code code}, with its subtree. */
    static CategoryDefinition find(List<CategoryDefinition> tree, String code) {
        for (CategoryDefinition c : tree) {
            if (c.code().equals(code)) {
                return c;
            }
            CategoryDefinition below = find(c.children(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Appends children to the category with {@code parent}. */
    static List<CategoryDefinition> appendChildren(List<CategoryDefinition> tree, String parent,
                                                   List<CategoryDefinition> children) {
        return update(tree, parent, c -> {
            List<CategoryDefinition> all = new ArrayList<>(c.children());
            all.addAll(children);
            return c.withChildren(all);
        });
    }
}
