package org.safeguardingkit.categories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link TaxonomyDefinition} and, when it has no problems, computes the lookup structures of a
 * {@link Taxonomy}. Every problem is collected; nothing stops at the first one. Internal.
 */
final class TaxonomyCompiler {

    /** A category as found in the document, with where it was and its parent after nesting. */
    private record Node(int index, CategoryDefinition definition, String path, String nestingParent) {
    }

    /** What a valid definition compiles to. */
    record Compiled(List<Category> categories, Map<String, CategoryDefinition> declared,
                    Map<String, List<String>> children, Map<String, String> exactIndex,
                    Map<String, String> keyIndex) {
    }

    private final TaxonomyDefinition source;
    private final List<TaxonomyProblem> problems = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    /** Key of a code to the first node declaring it. */
    private final Map<String, Node> byKey = new HashMap<>();
    /** Node index to the effective parent node (absent for top level or broken parents). */
    private final Map<Integer, Node> parentOf = new HashMap<>();
    private final Set<Integer> broken = new HashSet<>();

    private TaxonomyCompiler(TaxonomyDefinition source) {
        this.source = source;
    }

    /** Every problem of the definition, in document order. */
    static List<TaxonomyProblem> problems(TaxonomyDefinition definition) {
        TaxonomyCompiler compiler = new TaxonomyCompiler(definition);
        compiler.check();
        return compiler.sortedProblems();
    }

    /** Compiles a definition, or throws with every problem. */
    static Compiled compile(TaxonomyDefinition definition) {
        TaxonomyCompiler compiler = new TaxonomyCompiler(definition);
        Compiled compiled = compiler.check();
        if (!compiler.problems.isEmpty()) {
            throw new TaxonomyValidationException("'" + definition.id() + "' " + definition.version(),
                    compiler.sortedProblems());
        }
        return compiled;
    }

    private List<TaxonomyProblem> sortedProblems() {
        List<TaxonomyProblem> sorted = new ArrayList<>(problems);
        sorted.sort(ProblemOrder.INSTANCE);
        return List.copyOf(sorted);
    }

    private void problem(String path, ProblemType type, String message) {
        problems.add(new TaxonomyProblem(path, type, message));
    }

    private Compiled check() {
        if (source.id().isBlank()) {
            problem("id", ProblemType.MISSING_FIELD, "id is required");
        }
        if (source.version().isBlank()) {
            problem("version", ProblemType.MISSING_FIELD, "version is required");
        }
        List<CategoryDefinition> top = source.categories();
        for (int i = 0; i < top.size(); i++) {
            flatten(top.get(i), "categories[" + i + "]", null);
        }
        nodes.forEach(this::checkFields);
        nodes.forEach(this::checkDuplicate);
        nodes.forEach(this::linkParent);
        findCycles();
        Map<String, Category> effective = computeEffective();
        Map<String, String> exact = new LinkedHashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Node node : nodes) {
            if (isPlaced(node)) {
                String code = node.definition().code();
                exact.put(code, code);
                keys.put(CodeKey.of(code), code);
            }
        }
        checkAliases(exact, keys);
        checkRetired(exact, keys);
        if (!problems.isEmpty()) {
            return null;
        }
        return assemble(effective, exact, keys);
    }

    private void flatten(CategoryDefinition definition, String path, String nestingParent) {
        Node node = new Node(nodes.size(), definition, path, nestingParent);
        nodes.add(node);
        List<CategoryDefinition> children = definition.children();
        for (int j = 0; j < children.size(); j++) {
            flatten(children.get(j), path + ".children[" + j + "]", definition.code());
        }
    }

    private void checkFields(Node node) {
        CategoryDefinition d = node.definition();
        String path = node.path();
        if (d.code().isBlank()) {
            problem(path + ".code", ProblemType.MISSING_FIELD, "code is required");
        } else if (d.code().chars().anyMatch(Character::isWhitespace) || CodeKey.of(d.code()).isEmpty()) {
            problem(path + ".code", ProblemType.INVALID_VALUE,
                    "code '" + d.code() + "' must have letters or digits and no spaces (use '-' or '.')");
        }
        if (d.label().isBlank()) {
            problem(path + ".label", ProblemType.MISSING_FIELD, "label is required");
        }
        if (d.definition().isBlank()) {
            problem(path + ".definition", ProblemType.MISSING_DEFINITION,
                    "definition is required, so that staff share one understanding of '" + d.code() + "'");
        }
        if (d.severity().isPresent()) {
            int severity = d.severity().getAsInt();
            if (severity < Category.MIN_SEVERITY || severity > Category.MAX_SEVERITY) {
                problem(path + ".severity", ProblemType.BAD_SEVERITY,
                        "severity must be 1 (low) to 5 (highest), was " + severity);
            }
        }
        if (node.nestingParent() != null && d.parent().isPresent()
                && !CodeKey.of(d.parent().get()).equals(CodeKey.of(node.nestingParent()))) {
            problem(path + ".parent", ProblemType.INVALID_VALUE, "parent '" + d.parent().get()
                    + "' contradicts the nesting under '" + node.nestingParent() + "'");
        }
        for (int k = 0; k < d.aliases().size(); k++) {
            if (CodeKey.of(d.aliases().get(k)).isEmpty()) {
                problem(path + ".aliases[" + k + "]", ProblemType.INVALID_VALUE,
                        "an alias needs letters or digits");
            }
        }
    }

    private void checkDuplicate(Node node) {
        String key = CodeKey.of(node.definition().code());
        if (key.isEmpty()) {
            broken.add(node.index());
            return;
        }
        Node first = byKey.putIfAbsent(key, node);
        if (first != null) {
            broken.add(node.index());
            String same = first.definition().code().equals(node.definition().code()) ? ""
                    : " (codes differing only in case or punctuation are the same code)";
            problem(node.path() + ".code", ProblemType.DUPLICATE_CODE, "duplicate code '" + node.definition().code()
                    + "', already used at " + first.path() + same);
        }
    }

    private void linkParent(Node node) {
        if (broken.contains(node.index())) {
            return;
        }
        String parentCode = node.nestingParent() != null ? node.nestingParent()
                : node.definition().parent().orElse(null);
        if (parentCode == null) {
            return;
        }
        Node parent = byKey.get(CodeKey.of(parentCode));
        if (parent == null) {
            if (node.nestingParent() == null) {
                problem(node.path() + ".parent", ProblemType.UNKNOWN_PARENT,
                        "parent '" + parentCode + "' is not a category of this taxonomy");
            }
            broken.add(node.index());
            return;
        }
        parentOf.put(node.index(), parent);
    }

    private void findCycles() {
        Set<Integer> done = new HashSet<>();
        for (Node start : nodes) {
            List<Node> trail = new ArrayList<>();
            Set<Integer> onTrail = new HashSet<>();
            Node current = start;
            while (current != null && !done.contains(current.index()) && !onTrail.contains(current.index())) {
                trail.add(current);
                onTrail.add(current.index());
                current = parentOf.get(current.index());
            }
            if (current != null && onTrail.contains(current.index())) {
                List<Node> cycle = trail.subList(trail.indexOf(current), trail.size());
                Node reported = cycle.stream().min((a, b) -> Integer.compare(a.index(), b.index())).orElseThrow();
                StringBuilder chain = new StringBuilder();
                int from = cycle.indexOf(reported);
                for (int i = 0; i <= cycle.size(); i++) {
                    chain.append(i == 0 ? "" : " -> ").append(cycle.get((from + i) % cycle.size()).definition().code());
                }
                problem(reported.path() + ".parent", ProblemType.CYCLE, "parents form a cycle: " + chain);
                cycle.forEach(n -> broken.add(n.index()));
            }
            done.addAll(onTrail);
        }
    }

    /** A node is placed in the tree when it and all its ancestors are sound. */
    private boolean isPlaced(Node node) {
        Node current = node;
        int steps = 0;
        while (current != null) {
            if (broken.contains(current.index()) || steps++ > nodes.size()) {
                return false;
            }
            current = parentOf.get(current.index());
        }
        return true;
    }

    private Map<String, Category> computeEffective() {
        Map<String, Category> effective = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (!isPlaced(node)) {
                continue;
            }
            effective(node, effective);
        }
        return effective;
    }

    private Category effective(Node node, Map<String, Category> effective) {
        CategoryDefinition d = node.definition();
        Category known = effective.get(d.code());
        if (known != null) {
            return known;
        }
        Node parentNode = parentOf.get(node.index());
        Category parent = parentNode == null ? null : effective(parentNode, effective);
        if (parent == null && d.kind().isEmpty()) {
            problem(node.path() + ".kind", ProblemType.MISSING_FIELD,
                    "kind (SAFEGUARDING or BEHAVIOURAL) is required on a top-level category");
        }
        if (parent == null && d.severity().isEmpty()) {
            problem(node.path() + ".severity", ProblemType.MISSING_FIELD,
                    "severity (1..5) is required on a top-level category");
        }
        CategoryKind kind = d.kind().orElse(parent == null ? CategoryKind.SAFEGUARDING : parent.kind());
        Set<CategoryFlag> flags = d.flags().orElse(parent == null ? Set.of() : parent.flags());
        if (flags.contains(CategoryFlag.LOWER_LEVEL_HSB) && !flags.contains(CategoryFlag.HSB)) {
            problem(node.path() + ".flags", ProblemType.INVALID_VALUE, "LOWER_LEVEL_HSB needs HSB as well");
        }
        int severity = d.severity().orElse(parent == null ? Category.MIN_SEVERITY : parent.severity());
        severity = Math.max(Category.MIN_SEVERITY, Math.min(Category.MAX_SEVERITY, severity));
        Category category = new Category(d.code(), d.label(), d.definition(), kind, flags, severity, d.aliases(),
                parent == null ? Optional.empty() : Optional.of(parent.code()));
        effective.put(d.code(), category);
        return category;
    }

    private void checkAliases(Map<String, String> exact, Map<String, String> keys) {
        Map<String, String> aliasPath = new HashMap<>();
        for (Node node : nodes) {
            if (!isPlaced(node)) {
                continue;
            }
            String code = node.definition().code();
            List<String> aliases = node.definition().aliases();
            for (int k = 0; k < aliases.size(); k++) {
                String alias = aliases.get(k);
                String key = CodeKey.of(alias);
                if (key.isEmpty()) {
                    continue;
                }
                String owner = keys.get(key);
                String path = node.path() + ".aliases[" + k + "]";
                if (owner == null) {
                    keys.put(key, code);
                    exact.putIfAbsent(alias, code);
                    aliasPath.put(key, path);
                } else if (!owner.equals(code)) {
                    String where = aliasPath.containsKey(key) ? "an alias of '" + owner + "' at " + aliasPath.get(key)
                            : "the code of category '" + owner + "'";
                    problem(path, ProblemType.ALIAS_CLASH, "alias '" + alias + "' clashes with " + where);
                }
            }
        }
    }

    private void checkRetired(Map<String, String> exact, Map<String, String> keys) {
        List<Retirement> retired = source.retired();
        Map<String, Integer> retiredIndex = new LinkedHashMap<>();
        for (int i = 0; i < retired.size(); i++) {
            Retirement r = retired.get(i);
            String path = "retired[" + i + "]";
            String key = CodeKey.of(r.code());
            if (key.isEmpty()) {
                problem(path + ".code", ProblemType.MISSING_FIELD, "code is required");
                continue;
            }
            Node reuse = byKey.get(key);
            if (reuse != null) {
                problem(reuse.path() + ".code", ProblemType.RETIRED_CODE_REUSED, "code '"
                        + reuse.definition().code() + "' was retired (" + path + ") and must not be used again");
                continue;
            }
            Integer earlier = retiredIndex.putIfAbsent(key, i);
            if (earlier != null) {
                problem(path + ".code", ProblemType.DUPLICATE_CODE,
                        "code '" + r.code() + "' is already retired at retired[" + earlier + "]");
            }
        }
        // successors: must be current or retired, and chains must end at a current code
        Map<String, String> resolved = new HashMap<>();
        for (Map.Entry<String, Integer> entry : retiredIndex.entrySet()) {
            Retirement r = retired.get(entry.getValue());
            String path = "retired[" + entry.getValue() + "].replacedBy";
            if (r.replacedBy().isEmpty()) {
                continue;
            }
            String successor = r.replacedBy().get();
            String successorKey = CodeKey.of(successor);
            if (!keys.containsKey(successorKey) && !retiredIndex.containsKey(successorKey)) {
                problem(path, ProblemType.UNKNOWN_SUCCESSOR,
                        "successor '" + successor + "' is neither a current nor a retired code");
                continue;
            }
            List<String> chainKeys = new ArrayList<>();
            chainKeys.add(entry.getKey());
            String key = successorKey;
            String target = null;
            while (true) {
                if (keys.containsKey(key)) {
                    target = keys.get(key);
                    break;
                }
                Integer nextIndex = retiredIndex.get(key);
                if (nextIndex == null) {
                    break; // an unknown successor further down, reported on its own entry
                }
                int repeat = chainKeys.indexOf(key);
                if (repeat >= 0) {
                    List<String> cycle = chainKeys.subList(repeat, chainKeys.size());
                    int lowest = cycle.stream().mapToInt(retiredIndex::get).min().orElseThrow();
                    if (lowest == entry.getValue()) {
                        List<String> codes = new ArrayList<>();
                        cycle.forEach(k -> codes.add(retired.get(retiredIndex.get(k)).code()));
                        codes.add(retired.get(retiredIndex.get(key)).code());
                        problem(path, ProblemType.CYCLE, "successors form a cycle: " + String.join(" -> ", codes));
                    }
                    break;
                }
                chainKeys.add(key);
                Retirement next = retired.get(nextIndex);
                if (next.replacedBy().isEmpty()) {
                    break;
                }
                key = CodeKey.of(next.replacedBy().get());
            }
            if (target != null) {
                resolved.put(entry.getKey(), target);
            }
        }
        for (Map.Entry<String, Integer> entry : retiredIndex.entrySet()) {
            String target = resolved.get(entry.getKey());
            if (target == null) {
                continue;
            }
            String owner = keys.get(entry.getKey());
            if (owner == null) {
                keys.put(entry.getKey(), target);
                exact.putIfAbsent(retired.get(entry.getValue()).code(), target);
            } else if (!owner.equals(target)) {
                problem("retired[" + entry.getValue() + "].code", ProblemType.ALIAS_CLASH, "retired code '"
                        + retired.get(entry.getValue()).code() + "' is an alias of '" + owner
                        + "' but is replaced by '" + target + "'");
            }
        }
    }

    private Compiled assemble(Map<String, Category> effective, Map<String, String> exact, Map<String, String> keys) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        for (Category c : effective.values()) {
            children.put(c.code(), new ArrayList<>());
        }
        for (Category c : effective.values()) {
            if (c.parent().isPresent()) {
                children.get(c.parent().get()).add(c.code());
            } else {
                roots.add(c.code());
            }
        }
        List<Category> ordered = new ArrayList<>(effective.size());
        for (String root : roots) {
            addPreOrder(root, effective, children, ordered);
        }
        Map<String, CategoryDefinition> declared = new LinkedHashMap<>();
        for (Node node : nodes) {
            CategoryDefinition d = node.definition();
            declared.put(d.code(), new CategoryDefinition(d.code(), d.label(), d.definition(), d.kind(), d.flags(),
                    d.severity(), d.aliases(), Optional.empty(), List.of()));
        }
        Map<String, List<String>> frozenChildren = new LinkedHashMap<>();
        children.forEach((k, v) -> frozenChildren.put(k, List.copyOf(v)));
        return new Compiled(List.copyOf(ordered), Collections.unmodifiableMap(declared),
                Collections.unmodifiableMap(frozenChildren), Map.copyOf(exact), Map.copyOf(keys));
    }

    private static void addPreOrder(String code, Map<String, Category> effective, Map<String, List<String>> children,
                                    List<Category> out) {
        out.add(effective.get(code));
        for (String child : children.get(code)) {
            addPreOrder(child, effective, children, out);
        }
    }
}
