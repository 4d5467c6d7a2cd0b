package org.safeguardingkit.categories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a taxonomy: codes added, codes retired (with their successor),
 * codes removed without a retirement (old records will no longer resolve), and categories whose label,
 * definition, kind, flags, severity, aliases or parent changed.
 *
 * <pre>{@code
 * TaxonomyDiff diff = TaxonomyDiff.between(v2025, v2026);
 * diff.retired();   // [Retirement[code=peer-on-peer, replacedBy=Optional[child-on-child]]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from    the old taxonomy's id and version, e.g. {@code "trust 2025.1"}
 * @param to      the new taxonomy's id and version
 * @param added   codes current in the new version but not in the old, in tree order
 * @param removed codes current in the old version that the new one neither has nor resolves
 * @param retired codes current in the old version that the new one resolves to another code, or retires
 *                explicitly without a successor
 * @param changed categories in both versions whose declared properties differ
 */
public record TaxonomyDiff(String from, String to, List<String> added, List<String> removed,
                           List<Retirement> retired, List<CategoryChange> changed) {

    /** Copies the lists. */
    public TaxonomyDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        retired = List.copyOf(retired);
        changed = List.copyOf(changed);
    }

    /**
     * How one category changed.
     *
     * @param code        the code
     * @param differences one line per property, e.g. {@code "severity: 2 -> 3"}
     */
    public record CategoryChange(String code, List<String> differences) {

        /** Copies the list. */
        public CategoryChange {
            Objects.requireNonNull(code, "code");
            differences = List.copyOf(differences);
        }
    }

    /** The differences from {@code older} to {@code newer}. */
    public static TaxonomyDiff between(Taxonomy older, Taxonomy newer) {
        List<String> added = new ArrayList<>();
        for (Category c : newer.categories()) {
            if (!older.isCurrent(c.code())) {
                added.add(c.code());
            }
        }
        Set<String> explicitlyRetired = new HashSet<>();
        newer.retired().forEach(r -> explicitlyRetired.add(CodeKey.of(r.code())));
        List<String> removed = new ArrayList<>();
        List<Retirement> retired = new ArrayList<>();
        List<CategoryChange> changed = new ArrayList<>();
        for (Category old : older.categories()) {
            String code = old.code();
            if (newer.isCurrent(code)) {
                List<String> differences = differences(older.declared(code).orElseThrow(), old,
                        newer.declared(code).orElseThrow(), newer.find(code).orElseThrow());
                if (!differences.isEmpty()) {
                    changed.add(new CategoryChange(code, differences));
                }
            } else if (newer.resolve(code).isPresent()) {
                retired.add(Retirement.of(code, newer.resolve(code).get()));
            } else if (explicitlyRetired.contains(CodeKey.of(code))) {
                retired.add(Retirement.withoutSuccessor(code));
            } else {
                removed.add(code);
            }
        }
        return new TaxonomyDiff(older.id() + " " + older.version(), newer.id() + " " + newer.version(), added,
                removed, retired, changed);
    }

    /** Whether the versions differ in any category. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && retired.isEmpty() && changed.isEmpty();
    }

    private static List<String> differences(CategoryDefinition a, Category ea, CategoryDefinition b, Category eb) {
        List<String> out = new ArrayList<>();
        if (!a.label().equals(b.label())) {
            out.add("label: \"" + a.label() + "\" -> \"" + b.label() + "\"");
        }
        if (!a.definition().equals(b.definition())) {
            out.add("definition changed");
        }
        if (ea.kind() != eb.kind()) {
            out.add("kind: " + ea.kind() + " -> " + eb.kind());
        }
        if (!ea.flags().equals(eb.flags())) {
            out.add("flags: " + ea.flags() + " -> " + eb.flags());
        }
        if (ea.severity() != eb.severity()) {
            out.add("severity: " + ea.severity() + " -> " + eb.severity());
        }
        if (!a.aliases().equals(b.aliases())) {
            out.add("aliases: " + a.aliases() + " -> " + b.aliases());
        }
        if (!ea.parent().equals(eb.parent())) {
            out.add("parent: " + ea.parent().orElse("(top level)") + " -> " + eb.parent().orElse("(top level)"));
        }
        return out;
    }
}
