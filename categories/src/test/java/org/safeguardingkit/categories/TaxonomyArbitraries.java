package org.safeguardingkit.categories;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid taxonomy definitions, shared by the property tests. */
public final class TaxonomyArbitraries {

    private static final List<String> PREFIXES = List.of("abuse", "hsb", "online", "behaviour", "x", "mental-health");

    private TaxonomyArbitraries() {
    }

    /** One generated node: parent chosen among earlier nodes; attributes optional below the top level. */
    record NodeSpec(int parentSelector, String prefix, Optional<CategoryKind> kind, Optional<Set<CategoryFlag>> flags,
                    int severity, String label, String definition, int aliasCount) {
    }

    /** Text staff might type: letters, digits, punctuation, quotes, accents, YAML-significant characters. */
    public static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(" .,;:-_'\"!?#&*|>%@`{}[]()/\\\néüøß–’")
                .ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Optional<Set<CategoryFlag>>> flags() {
        Arbitrary<Set<CategoryFlag>> set = Arbitraries.of(CategoryFlag.class).set().ofMaxSize(4).map(s -> {
            Set<CategoryFlag> copy = s.isEmpty() ? EnumSet.noneOf(CategoryFlag.class) : EnumSet.copyOf(s);
            if (copy.contains(CategoryFlag.LOWER_LEVEL_HSB)) {
                copy.add(CategoryFlag.HSB);
            }
            return copy;
        });
        return set.optional(0.5);
    }

    static Arbitrary<NodeSpec> node() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(PREFIXES),
                Arbitraries.of(CategoryKind.class).optional(0.3),
                flags(),
                Arbitraries.integers().between(0, 5),
                text(),
                text(),
                Arbitraries.integers().between(0, 2)
        ).as(NodeSpec::new);
    }

    /** A valid taxonomy definition: nested tree, unique codes and aliases, retired chains without cycles. */
    public static Arbitrary<TaxonomyDefinition> definitions() {
        Arbitrary<List<NodeSpec>> nodes = node().list().ofMinSize(1).ofMaxSize(25);
        Arbitrary<List<Integer>> retirements = Arbitraries.integers().between(0, 1000).list().ofMaxSize(5);
        return Combinators.combine(nodes, retirements, Arbitraries.of(true, false), text())
                .as(TaxonomyArbitraries::build);
    }

    private static TaxonomyDefinition build(List<NodeSpec> specs, List<Integer> retirements, boolean locked,
                                            String version) {
        int n = specs.size();
        int[] parent = new int[n];
        String[] codes = new String[n];
        int aliasCounter = 0;
        List<List<String>> aliases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeSpec s = specs.get(i);
            parent[i] = i == 0 ? -1 : s.parentSelector() % (i + 1) - 1;
            codes[i] = s.prefix() + "." + i;
            List<String> list = new ArrayList<>();
            for (int k = 0; k < s.aliasCount(); k++) {
                list.add("aka " + (aliasCounter++) + " q");
            }
            aliases.add(list);
        }
        List<Retirement> retired = new ArrayList<>();
        for (int r = 0; r < retirements.size(); r++) {
            int pick = retirements.get(r);
            String successor = r > 0 && pick % 3 == 0 ? "old" + (pick % r) : codes[pick % n];
            retired.add(Retirement.of("old" + r, successor));
        }
        List<CategoryDefinition> top = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] == -1) {
                top.add(nested(i, specs, parent, codes, aliases));
            }
        }
        return new TaxonomyDefinition("generated", version, locked, top, retired);
    }

    private static CategoryDefinition nested(int i, List<NodeSpec> specs, int[] parent, String[] codes,
                                             List<List<String>> aliases) {
        NodeSpec s = specs.get(i);
        List<CategoryDefinition> children = new ArrayList<>();
        for (int j = i + 1; j < specs.size(); j++) {
            if (parent[j] == i) {
                children.add(nested(j, specs, parent, codes, aliases));
            }
        }
        boolean top = parent[i] == -1;
        Optional<CategoryKind> kind = top ? Optional.of(s.kind().orElse(CategoryKind.SAFEGUARDING)) : s.kind();
        OptionalInt severity = top ? OptionalInt.of(Math.max(1, s.severity()))
                : s.severity() == 0 ? OptionalInt.empty() : OptionalInt.of(s.severity());
        return new CategoryDefinition(codes[i], s.label(), s.definition(), kind, s.flags(), severity,
                aliases.get(i), Optional.empty(), children);
    }
}
