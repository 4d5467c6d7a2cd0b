package org.safeguardingkit.categories;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a Jackson tree (from JSON or YAML) into a {@link TaxonomyDefinition}, reporting every field of
 * the wrong type, unknown value or unknown name with its path instead of stopping at the first one.
 * Internal.
 */
final class TaxonomyDocument {

    private static final Set<String> TOP_FIELDS = Set.of("id", "version", "locked", "categories",
            "retired");
    private static final Set<String> CATEGORY_FIELDS = Set.of("code", "label", "definition", "kind", "flags",
            "severity", "aliases", "parent", "children");
    private static final Set<String> RETIRED_FIELDS = Set.of("code", "replacedBy");

    private final List<TaxonomyProblem> problems = new ArrayList<>();

    private TaxonomyDocument() {
    }

    /** The definition read from the tree, and the problems found while reading it. */
    record Reading(TaxonomyDefinition definition, List<TaxonomyProblem> problems) {
    }

    static Reading read(JsonNode root) {
        TaxonomyDocument document = new TaxonomyDocument();
        TaxonomyDefinition definition = document.top(root);
        return new Reading(definition, List.copyOf(document.problems));
    }

    private void problem(String path, ProblemType type, String message) {
        problems.add(new TaxonomyProblem(path, type, message));
    }

    private TaxonomyDefinition top(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("$", ProblemType.INVALID_VALUE, "a taxonomy must be an object with id, version and categories");
            return TaxonomyDefinition.of("", "", List.of());
        }
        unknownFields(root, TOP_FIELDS, "");
        String id = text(root, "id", "id").orElse("");
        String version = text(root, "version", "version").orElse("");
        boolean locked = false;
        JsonNode lockedNode = root.get("locked");
        if (present(lockedNode)) {
            if (lockedNode.isBoolean()) {
                locked = lockedNode.booleanValue();
            } else {
                problem("locked", ProblemType.INVALID_VALUE, "locked must be true or false");
            }
        }
        List<CategoryDefinition> categories = new ArrayList<>();
        JsonNode list = root.get("categories");
        if (!present(list)) {
            problem("categories", ProblemType.MISSING_FIELD, "categories is required");
        } else if (!list.isArray()) {
            problem("categories", ProblemType.INVALID_VALUE, "categories must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                categories.add(category(list.get(i), "categories[" + i + "]"));
            }
        }
        List<Retirement> retired = new ArrayList<>();
        JsonNode retiredList = root.get("retired");
        if (present(retiredList)) {
            if (!retiredList.isArray()) {
                problem("retired", ProblemType.INVALID_VALUE, "retired must be a list");
            } else {
                for (int i = 0; i < retiredList.size(); i++) {
                    retired.add(retirement(retiredList.get(i), "retired[" + i + "]"));
                }
            }
        }
        return new TaxonomyDefinition(id, version, locked, categories, retired);
    }

    private CategoryDefinition category(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, ProblemType.INVALID_VALUE, "a category must be an object with code, label and definition");
            return CategoryDefinition.of("", "", "");
        }
        unknownFields(node, CATEGORY_FIELDS, path + ".");
        String code = text(node, "code", path + ".code").orElse("");
        String label = text(node, "label", path + ".label").orElse("");
        String definition = text(node, "definition", path + ".definition").orElse("");
        Optional<CategoryKind> kind = Optional.empty();
        JsonNode kindNode = node.get("kind");
        if (present(kindNode)) {
            kind = enumValue(CategoryKind.class, kindNode, path + ".kind");
        }
        Optional<Set<CategoryFlag>> flags = Optional.empty();
        JsonNode flagsNode = node.get("flags");
        if (present(flagsNode)) {
            if (!flagsNode.isArray()) {
                problem(path + ".flags", ProblemType.INVALID_VALUE, "flags must be a list, e.g. [HSB, ONLINE]");
            } else {
                Set<CategoryFlag> set = EnumSet.noneOf(CategoryFlag.class);
                for (int k = 0; k < flagsNode.size(); k++) {
                    enumValue(CategoryFlag.class, flagsNode.get(k), path + ".flags[" + k + "]").ifPresent(set::add);
                }
                flags = Optional.of(set);
            }
        }
        OptionalInt severity = OptionalInt.empty();
        JsonNode severityNode = node.get("severity");
        if (present(severityNode)) {
            if (severityNode.isIntegralNumber() && severityNode.canConvertToInt()) {
                severity = OptionalInt.of(severityNode.intValue());
            } else {
                problem(path + ".severity", ProblemType.BAD_SEVERITY,
                        "severity must be a whole number 1 (low) to 5 (highest), was " + severityNode);
            }
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = node.get("aliases");
        if (present(aliasNode)) {
            if (!aliasNode.isArray()) {
                problem(path + ".aliases", ProblemType.INVALID_VALUE, "aliases must be a list");
            } else {
                for (int k = 0; k < aliasNode.size(); k++) {
                    scalar(aliasNode.get(k), path + ".aliases[" + k + "]").ifPresent(aliases::add);
                }
            }
        }
        Optional<String> parent = text(node, "parent", path + ".parent");
        List<CategoryDefinition> children = new ArrayList<>();
        JsonNode childNode = node.get("children");
        if (present(childNode)) {
            if (!childNode.isArray()) {
                problem(path + ".children", ProblemType.INVALID_VALUE, "children must be a list");
            } else {
                for (int j = 0; j < childNode.size(); j++) {
                    children.add(category(childNode.get(j), path + ".children[" + j + "]"));
                }
            }
        }
        return new CategoryDefinition(code, label, definition, kind, flags, severity, aliases, parent, children);
    }

    private Retirement retirement(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, ProblemType.INVALID_VALUE, "a retired entry must be an object with code and replacedBy");
            return Retirement.withoutSuccessor("");
        }
        unknownFields(node, RETIRED_FIELDS, path + ".");
        String code = text(node, "code", path + ".code").orElse("");
        return new Retirement(code, text(node, "replacedBy", path + ".replacedBy"));
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(prefix + name, ProblemType.UNKNOWN_FIELD,
                        "unknown field '" + name + "' (known: " + String.join(", ", known.stream().sorted().toList())
                                + ")");
            }
        }
    }

    private Optional<String> text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        return present(value) ? scalar(value, path) : Optional.empty();
    }

    private Optional<String> scalar(JsonNode value, String path) {
        if (value.isFloatingPointNumber()) {
            problem(path, ProblemType.INVALID_VALUE, "write " + value.asText()
                    + " in quotes: unquoted it is a decimal number, and trailing zeros would be lost");
            return Optional.empty();
        }
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return Optional.of(value.asText());
        }
        problem(path, ProblemType.INVALID_VALUE, "must be text");
        return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, JsonNode value, String path) {
        if (value.isTextual()) {
            String name = value.textValue().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return Optional.of(constant);
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        problem(path, ProblemType.INVALID_VALUE, "unknown value " + value + "; expected one of "
                + String.join(", ", allowed));
        return Optional.empty();
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }
}
