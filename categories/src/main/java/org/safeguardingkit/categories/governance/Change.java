package org.safeguardingkit.categories.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.CategoryDefinition;
import org.safeguardingkit.categories.CodeKey;
import org.safeguardingkit.categories.Retirement;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyDefinition;

/**
 * One change to a taxonomy: add a category, rename a code, merge one category into another, or retire a
 * code. Applying a change gives a new version; renamed, merged and retired codes are kept as retired codes
 * so that records written under the old version still resolve.
 *
 * <pre>{@code
 * Change.rename("peer-on-peer", "child-on-child");
 * Change.add(CategoryDefinition.of("behaviour.mobile-phone", "Mobile phone", "Using a phone in lessons."),
 *            "behaviour");
 * }</pre>
 */
public sealed interface Change permits Change.Add, Change.Rename, Change.Merge, Change.Retire {

    /**
     * The taxonomy with this change applied, as version {@code newVersion}.
     *
     * @throws GovernanceException when the change does not fit the taxonomy (e.g. an unknown code)
     * @throws org.safeguardingkit.categories.TaxonomyValidationException when the result would not be valid
     */
    Taxonomy applyTo(Taxonomy taxonomy, String newVersion);

    /** A one-line description for the decision log, e.g. {@code "rename peer-on-peer -> child-on-child"}. */
    String describe();

    /** Adds a top-level category. */
    static Change add(CategoryDefinition category) {
        return new Add(category, Optional.empty());
    }

    /** Adds a category under {@code parent}. */
    static Change add(CategoryDefinition category, String parent) {
        return new Add(category, Optional.of(parent));
    }

    /** Renames a code (label and everything else kept). */
    static Change rename(String from, String to) {
        return new Rename(from, to, Optional.empty());
    }

    /** Merges {@code from} into {@code into}: its children, aliases and records move to {@code into}. */
    static Change merge(String from, String into) {
        return new Merge(from, into);
    }

    /** Retires a code without a successor (old records keep the code but it no longer resolves). */
    static Change retire(String code) {
        return new Retire(code, Optional.empty());
    }

    /** Retires a code; old records resolve to {@code successor}. */
    static Change retire(String code, String successor) {
        return new Retire(code, Optional.of(successor));
    }

    /**
     * Adds a category.
     *
     * @param category the new category (may have children)
     * @param parent   where to put it; empty for top level
     */
    record Add(CategoryDefinition category, Optional<String> parent) implements Change {

        /** Checks that no field is null. */
        public Add {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(parent, "parent");
        }

        @Override
        public Taxonomy applyTo(Taxonomy taxonomy, String newVersion) {
            String code = category.code();
            Changes.requireNew(taxonomy, code, null);
            TaxonomyDefinition d = taxonomy.toDefinition();
            List<CategoryDefinition> tree;
            if (parent.isPresent()) {
                String parentCode = Changes.requireCurrent(taxonomy, parent.get(), "parent");
                tree = CategoryTree.appendChildren(d.categories(), parentCode, List.of(category));
            } else {
                tree = new ArrayList<>(d.categories());
                tree.add(category);
            }
            return Taxonomy.of(d.withCategories(tree).withVersion(newVersion));
        }

        @Override
        public String describe() {
            return "add " + category.code() + parent.map(p -> " under " + p).orElse(" at top level");
        }
    }

    /**
     * Renames a code; the old code is retired with the new one as successor.
     *
     * @param from  the current code
     * @param to    the new code
     * @param label a new label, or empty to keep the label
     */
    record Rename(String from, String to, Optional<String> label) implements Change {

        /** Checks that no field is null. */
        public Rename {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public Taxonomy applyTo(Taxonomy taxonomy, String newVersion) {
            String current = Changes.requireCurrent(taxonomy, from, "from");
            Changes.requireNew(taxonomy, to, current);
            TaxonomyDefinition d = taxonomy.toDefinition();
            List<CategoryDefinition> tree = CategoryTree.update(d.categories(), current, c -> {
                CategoryDefinition renamed = c.withCode(to);
                return label.map(renamed::withLabel).orElse(renamed);
            });
            List<Retirement> retired = new ArrayList<>(d.retired());
            if (!current.equals(to)) {
                retired.add(Retirement.of(current, to));
            }
            return Taxonomy.of(d.withCategories(tree).withRetired(retired).withVersion(newVersion));
        }

        @Override
        public String describe() {
            return "rename " + from + " -> " + to + label.map(l -> " (label \"" + l + "\")").orElse("");
        }
    }

    /**
     * Merges {@code from} into {@code into}: {@code from}'s children and aliases move to {@code into}, and
     * {@code from} is retired with {@code into} as successor.
     *
     * @param from the code that goes away
     * @param into the code that stays
     */
    record Merge(String from, String into) implements Change {

        /** Checks that no field is null. */
        public Merge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(into, "into");
        }

        @Override
        public Taxonomy applyTo(Taxonomy taxonomy, String newVersion) {
            String gone = Changes.requireCurrent(taxonomy, from, "from");
            String kept = Changes.requireCurrent(taxonomy, into, "into");
            if (gone.equals(kept)) {
                throw new GovernanceException("SGK-0237: cannot merge '" + gone + "' into itself");
            }
            if (taxonomy.isA(kept, gone)) {
                throw new GovernanceException("SGK-0237: cannot merge '" + gone + "' into its own descendant '"
                        + kept + "'");
            }
            TaxonomyDefinition d = taxonomy.toDefinition();
            CategoryDefinition removed = CategoryTree.find(d.categories(), gone);
            List<CategoryDefinition> tree = CategoryTree.remove(d.categories(), gone);
            tree = CategoryTree.appendChildren(tree, kept, removed.children());
            tree = CategoryTree.update(tree, kept, c -> c.withAliases(Changes.union(c.aliases(), removed.aliases())));
            List<Retirement> retired = new ArrayList<>(d.retired());
            retired.add(Retirement.of(gone, kept));
            return Taxonomy.of(d.withCategories(tree).withRetired(retired).withVersion(newVersion));
        }

        @Override
        public String describe() {
            return "merge " + from + " into " + into;
        }
    }

    /**
     * Retires a code that has no children; old records resolve to the successor when there is one.
     *
     * @param code       the code to retire
     * @param replacedBy the successor, or empty
     */
    record Retire(String code, Optional<String> replacedBy) implements Change {

        /** Checks that no field is null. */
        public Retire {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(replacedBy, "replacedBy");
        }

        @Override
        public Taxonomy applyTo(Taxonomy taxonomy, String newVersion) {
            String gone = Changes.requireCurrent(taxonomy, code, "code");
            if (!taxonomy.children(gone).isEmpty()) {
                throw new GovernanceException("SGK-0236: '" + gone + "' has sub-categories; merge it, or retire or "
                        + "move its sub-categories first");
            }
            Optional<String> successor = replacedBy.isEmpty() ? Optional.empty()
                    : Optional.of(Changes.requireCurrent(taxonomy, replacedBy.get(), "replacedBy"));
            if (successor.isPresent() && successor.get().equals(gone)) {
                throw new GovernanceException("SGK-0237: '" + gone + "' cannot replace itself");
            }
            TaxonomyDefinition d = taxonomy.toDefinition();
            CategoryDefinition removed = CategoryTree.find(d.categories(), gone);
            List<CategoryDefinition> tree = CategoryTree.remove(d.categories(), gone);
            if (successor.isPresent()) {
                tree = CategoryTree.update(tree, successor.get(),
                        c -> c.withAliases(Changes.union(c.aliases(), removed.aliases())));
            }
            List<Retirement> retired = new ArrayList<>(d.retired());
            retired.add(new Retirement(gone, successor));
            return Taxonomy.of(d.withCategories(tree).withRetired(retired).withVersion(newVersion));
        }

        @Override
        public String describe() {
            return "retire " + code + replacedBy.map(s -> " (replaced by " + s + ")").orElse("");
        }
    }
}

/** Checks shared by the changes. Internal. */
final class Changes {

    private Changes() {
    }

    /** The current code for {@code code}, which must be exactly a current code. */
    static String requireCurrent(Taxonomy taxonomy, String code, String field) {
        Optional<Category> found = taxonomy.find(code);
        if (found.isEmpty() || !CodeKey.of(found.get().code()).equals(CodeKey.of(code))) {
            String hint = found.map(c -> " (it now resolves to '" + c.code() + "')").orElse("");
            throw new GovernanceException("SGK-0234: " + field + " '" + code + "' is not a current code of '"
                    + taxonomy.id() + "' " + taxonomy.version() + hint);
        }
        return found.get().code();
    }

    /** {@code code} must be free: not retired, and not a code or alias of a category other than {@code owner}. */
    static void requireNew(Taxonomy taxonomy, String code, String owner) {
        if (CodeKey.of(code).isEmpty()) {
            throw new GovernanceException("SGK-0235: a code needs letters or digits");
        }
        boolean retired = taxonomy.retired().stream().anyMatch(r -> CodeKey.of(r.code()).equals(CodeKey.of(code)));
        if (retired) {
            throw new GovernanceException("SGK-0235: code '" + code + "' was retired and must not be used again");
        }
        taxonomy.find(code).filter(c -> !c.code().equals(owner)).ifPresent(c -> {
            throw new GovernanceException("SGK-0235: code '" + code + "' is already in use by '" + c.code() + "'");
        });
    }

    static List<String> union(List<String> a, List<String> b) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (keys.add(CodeKey.of(s))) {
                out.add(s);
            }
        }
        for (String s : b) {
            if (keys.add(CodeKey.of(s))) {
                out.add(s);
            }
        }
        return out;
    }
}
