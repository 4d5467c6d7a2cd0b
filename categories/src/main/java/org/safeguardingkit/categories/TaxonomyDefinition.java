package org.safeguardingkit.categories;

import java.util.List;
import java.util.Objects;

/**
 * A taxonomy document as declared in a file: identity, version, lock, the category tree and the retired
 * codes. {@link Taxonomy#of(TaxonomyDefinition)} validates it into a {@link Taxonomy}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id         the taxonomy id, e.g. {@code "sgkit-default"}
 * @param version    the version, e.g. {@code "2026.1"}
 * @param locked     whether schools may not amend it (changes go through a change request)
 * @param categories the top-level categories (children nested), or a flat list using {@code parent}
 * @param retired    codes that are no longer current, with their successors
 */
public record TaxonomyDefinition(String id, String version, boolean locked, List<CategoryDefinition> categories,
                                 List<Retirement> retired) {

    /** Checks that no field is null; copies lists. */
    public TaxonomyDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        categories = List.copyOf(categories);
        retired = List.copyOf(retired);
    }

    /** An unlocked taxonomy without retired codes. */
    public static TaxonomyDefinition of(String id, String version, List<CategoryDefinition> categories) {
        return new TaxonomyDefinition(id, version, false, categories, List.of());
    }

    /** A copy with another id (e.g. a trust's own taxonomy derived from a reference one). */
    public TaxonomyDefinition withId(String newId) {
        return new TaxonomyDefinition(newId, version, locked, categories, retired);
    }

    /** A copy with another version. */
    public TaxonomyDefinition withVersion(String newVersion) {
        return new TaxonomyDefinition(id, newVersion, locked, categories, retired);
    }

    /** A copy that is locked or unlocked. */
    public TaxonomyDefinition withLocked(boolean newLocked) {
        return new TaxonomyDefinition(id, version, newLocked, categories, retired);
    }

    /** A copy with other categories. */
    public TaxonomyDefinition withCategories(List<CategoryDefinition> newCategories) {
        return new TaxonomyDefinition(id, version, locked, newCategories, retired);
    }

    /** A copy with other retired codes. */
    public TaxonomyDefinition withRetired(List<Retirement> newRetired) {
        return new TaxonomyDefinition(id, version, locked, categories, newRetired);
    }
}
