package org.safeguardingkit.categories;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One category of a {@link Taxonomy}, with its <em>effective</em> kind, flags and severity (inherited
 * values already applied).
 *
 * <pre>{@code
 * Category c = Taxonomy.sgkitDefault().find("sexism").orElseThrow();
 * c.code();      // "hsb.sexist-language"
 * c.flags();     // [HSB, LOWER_LEVEL_HSB]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code       the stable code, e.g. {@code "hsb.sexist-language"}
 * @param label      the human label shown to staff
 * @param definition what the category means, so staff share one understanding of it
 * @param kind       the effective kind (own or inherited)
 * @param flags      the effective flags (own or inherited)
 * @param severity   the effective severity, 1 (low) to 5 (highest)
 * @param aliases    other names that resolve to this category
 * @param parent     the parent code, empty for a top-level category
 */
public record Category(String code, String label, String definition, CategoryKind kind,
                       Set<CategoryFlag> flags, int severity, List<String> aliases, Optional<String> parent) {

    /** Lowest severity. */
    public static final int MIN_SEVERITY = 1;
    /** Highest severity. */
    public static final int MAX_SEVERITY = 5;

    /** Checks every field; flags and aliases are copied into unmodifiable collections. */
    public Category {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("SGK-0210: code must not be blank");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(flags, "flags");
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException("SGK-0210: severity must be 1..5, was " + severity);
        }
        Objects.requireNonNull(parent, "parent");
        flags = flags.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(CategoryFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        aliases = List.copyOf(aliases);
    }

    /** Whether this category carries the given effective flag. */
    public boolean hasFlag(CategoryFlag flag) {
        return flags.contains(flag);
    }

    /** Whether this is a top-level category. */
    public boolean isTopLevel() {
        return parent.isEmpty();
    }
}
