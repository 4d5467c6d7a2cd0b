package org.safeguardingkit.categories;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A category as <em>declared</em> in a taxonomy file: kind, flags and severity are optional (inherited
 * from the parent when absent), and children are nested.
 *
 * <p>The constructor only checks structure (no nulls); what makes a taxonomy valid (unique codes,
 * severity 1..5, a definition for every category, ...) is checked by {@link TaxonomyValidator}, which
 * reports every problem at once. A category may also name its parent with {@code parent} instead of
 * being nested (a flat list).
 *
 * <pre>{@code
 * CategoryDefinition c = CategoryDefinition.of("hsb.sexist-language", "Sexist language", "Language that ...")
 *         .withFlags(Set.of(CategoryFlag.HSB, CategoryFlag.LOWER_LEVEL_HSB))
 *         .withSeverity(2);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code       the code ({@code ""} when the file had none; the validator reports it)
 * @param label      the label shown to staff
 * @param definition what the category means
 * @param kind       the declared kind, empty to inherit
 * @param flags      the declared flags, empty to inherit ({@code Optional.of(Set.of())} declares "no flags")
 * @param severity   the declared severity, empty to inherit
 * @param aliases    other names for the category
 * @param parent     the parent code for flat lists, empty when nested or top-level
 * @param children   nested child categories
 */
public record CategoryDefinition(String code, String label, String definition, Optional<CategoryKind> kind,
                                 Optional<Set<CategoryFlag>> flags, OptionalInt severity, List<String> aliases,
                                 Optional<String> parent, List<CategoryDefinition> children) {

    /** Checks that no field is null; copies collections. */
    public CategoryDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(parent, "parent");
        flags = flags.map(CategoryDefinition::copyFlags);
        aliases = List.copyOf(aliases);
        children = List.copyOf(children);
    }

    /** A category that inherits kind, flags and severity and has no aliases or children. */
    public static CategoryDefinition of(String code, String label, String definition) {
        return new CategoryDefinition(code, label, definition, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), List.of(), Optional.empty(), List.of());
    }

    /** A copy declaring the given kind. */
    public CategoryDefinition withKind(CategoryKind newKind) {
        return new CategoryDefinition(code, label, definition, Optional.of(newKind), flags, severity, aliases,
                parent, children);
    }

    /** A copy declaring exactly the given flags (overriding the inherited ones). */
    public CategoryDefinition withFlags(Set<CategoryFlag> newFlags) {
        return new CategoryDefinition(code, label, definition, kind, Optional.of(newFlags), severity, aliases,
                parent, children);
    }

    /** A copy declaring the given severity. */
    public CategoryDefinition withSeverity(int newSeverity) {
        return new CategoryDefinition(code, label, definition, kind, flags, OptionalInt.of(newSeverity), aliases,
                parent, children);
    }

    /** A copy with the given aliases. */
    public CategoryDefinition withAliases(List<String> newAliases) {
        return new CategoryDefinition(code, label, definition, kind, flags, severity, newAliases, parent, children);
    }

    /** A copy naming its parent explicitly (flat form). */
    public CategoryDefinition withParent(String parentCode) {
        return new CategoryDefinition(code, label, definition, kind, flags, severity, aliases,
                Optional.of(parentCode), children);
    }

    /** A copy with the given nested children. */
    public CategoryDefinition withChildren(List<CategoryDefinition> newChildren) {
        return new CategoryDefinition(code, label, definition, kind, flags, severity, aliases, parent, newChildren);
    }

    /** A copy with another code (label, definition and everything else kept). */
    public CategoryDefinition withCode(String newCode) {
        return new CategoryDefinition(newCode, label, definition, kind, flags, severity, aliases, parent, children);
    }

    /** A copy with another label. */
    public CategoryDefinition withLabel(String newLabel) {
        return new CategoryDefinition(code, newLabel, definition, kind, flags, severity, aliases, parent, children);
    }

    private static Set<CategoryFlag> copyFlags(Set<CategoryFlag> source) {
        return source.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(CategoryFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(source));
    }
}
