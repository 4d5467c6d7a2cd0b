package org.safeguardingkit.categories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, versioned tree of categories: what a school's or trust's records can be about.
 *
 * <p>Lookups accept a code, an alias or a retired code, ignoring case and punctuation, and always answer
 * with the <em>current</em> category, so a record written under an older version still resolves:
 *
 * <pre>{@code
 * Taxonomy taxonomy = Taxonomy.sgkitDefault();
 * taxonomy.resolve("Peer on peer");            // Optional[child-on-child]
 * taxonomy.isLowerLevelHsb("sexism");          // true
 * taxonomy.isA("bullying.racist", "bullying"); // true
 * }</pre>
 *
 * <p>Effective kind, flags and severity are computed once, at construction; every lookup is a map
 * access. Unknown codes answer severity 1 and no flags. This class is immutable and thread-safe.
 */
public final class Taxonomy {

    /** The reference taxonomy maintained with this library. */
    public static final String SGKIT_DEFAULT = "sgkit-default";
    /** The DfE Children in Need census factors identified at the end of assessment. */
    public static final String DFE_CIN_FACTORS = "dfe-cin-factors";

    private final String id;
    private final String version;
    private final boolean locked;
    private final List<Category> categories;
    private final Map<String, Category> byCode;
    private final Map<String, CategoryDefinition> declared;
    private final Map<String, List<Category>> children;
    private final Map<String, List<Category>> ancestors;
    private final Map<String, Category> exactIndex;
    private final Map<String, String> keyIndex;
    private final List<Retirement> retired;

    private Taxonomy(TaxonomyDefinition definition, TaxonomyCompiler.Compiled compiled) {
        this.id = definition.id();
        this.version = definition.version();
        this.locked = definition.locked();
        this.retired = definition.retired();
        this.categories = compiled.categories();
        this.declared = compiled.declared();
        this.keyIndex = compiled.keyIndex();
        Map<String, Category> codes = new HashMap<>();
        categories.forEach(c -> codes.put(c.code(), c));
        this.byCode = Map.copyOf(codes);
        Map<String, Category> exact = new HashMap<>();
        compiled.exactIndex().forEach((text, code) -> exact.put(text, byCode.get(code)));
        this.exactIndex = Map.copyOf(exact);
        Map<String, List<Category>> kids = new HashMap<>();
        compiled.children().forEach((code, list) -> kids.put(code, list.stream().map(byCode::get).toList()));
        this.children = Map.copyOf(kids);
        Map<String, List<Category>> up = new HashMap<>();
        for (Category c : categories) {
            List<Category> chain = new ArrayList<>();
            Optional<String> parent = c.parent();
            while (parent.isPresent()) {
                Category p = byCode.get(parent.get());
                chain.add(p);
                parent = p.parent();
            }
            up.put(c.code(), List.copyOf(chain));
        }
        this.ancestors = Map.copyOf(up);
    }

    /**
     * Validates a definition into a taxonomy.
     *
     * @throws TaxonomyValidationException with every problem, when the definition is not valid
     */
    public static Taxonomy of(TaxonomyDefinition definition) {
        return new Taxonomy(definition, TaxonomyCompiler.compile(definition));
    }

    /**
     * A reference taxonomy shipped with the library: {@value #SGKIT_DEFAULT} or {@value #DFE_CIN_FACTORS}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static Taxonomy reference(String id) {
        return ReferenceTaxonomies.get(id);
    }

    /** The ids {@link #reference(String)} accepts. */
    public static List<String> referenceIds() {
        return ReferenceTaxonomies.ids();
    }

    /** The {@value #SGKIT_DEFAULT} reference taxonomy. */
    public static Taxonomy sgkitDefault() {
        return reference(SGKIT_DEFAULT);
    }

    /** The taxonomy id. */
    public String id() {
        return id;
    }

    /** The version, e.g. {@code "2026.1"}. */
    public String version() {
        return version;
    }

    /** Whether schools may not amend this taxonomy (changes go through a change request). */
    public boolean locked() {
        return locked;
    }

    /** The current category for a code, alias or retired code (case- and punctuation-insensitive). */
    public Optional<Category> find(String codeOrAlias) {
        return Optional.ofNullable(lookup(codeOrAlias));
    }

    /** Whether the code (or alias, or retired code with a successor) resolves to a current category. */
    public boolean contains(String code) {
        return lookup(code) != null;
    }

    /** Whether {@code code} is exactly the code of a current category (no alias, no retired code). */
    public boolean isCurrent(String code) {
        return byCode.containsKey(code);
    }

    /** The current code for a current, retired or alias code. */
    public Optional<String> resolve(String code) {
        Category c = lookup(code);
        return c == null ? Optional.empty() : Optional.of(c.code());
    }

    /** All current categories in tree order (a parent before its children). */
    public Collection<Category> categories() {
        return categories;
    }

    /** The top-level categories, in order. */
    public List<Category> roots() {
        return categories.stream().filter(Category::isTopLevel).toList();
    }

    /** The direct children of a category; empty for an unknown code. */
    public List<Category> children(String code) {
        Category c = lookup(code);
        return c == null ? List.of() : children.get(c.code());
    }

    /** The ancestors of a category, nearest first; empty for a top-level or unknown code. */
    public List<Category> ancestors(String code) {
        Category c = lookup(code);
        return c == null ? List.of() : ancestors.get(c.code());
    }

    /** Every category below a category, in tree order; empty for an unknown code. */
    public List<Category> descendants(String code) {
        Category c = lookup(code);
        if (c == null) {
            return List.of();
        }
        List<Category> out = new ArrayList<>();
        addDescendants(c.code(), out);
        return Collections.unmodifiableList(out);
    }

    private void addDescendants(String code, List<Category> out) {
        for (Category child : children.get(code)) {
            out.add(child);
            addDescendants(child.code(), out);
        }
    }

    /** Whether {@code code} is {@code ancestorCode} or lies below it. False when either is unknown. */
    public boolean isA(String code, String ancestorCode) {
        Category c = lookup(code);
        Category a = lookup(ancestorCode);
        if (c == null || a == null) {
            return false;
        }
        return c == a || ancestors.get(c.code()).contains(a);
    }

    /** Whether the code is (effectively) a safeguarding category. False for unknown codes. */
    public boolean isSafeguarding(String code) {
        Category c = lookup(code);
        return c != null && c.kind() == CategoryKind.SAFEGUARDING;
    }

    /** Whether the code is harmful sexual behaviour. */
    public boolean isHsb(String code) {
        return hasFlag(code, CategoryFlag.HSB);
    }

    /** Whether the code is lower-level harmful sexual behaviour. */
    public boolean isLowerLevelHsb(String code) {
        return hasFlag(code, CategoryFlag.LOWER_LEVEL_HSB);
    }

    /** Whether the code carries the effective flag. False for unknown codes. */
    public boolean hasFlag(String code, CategoryFlag flag) {
        Category c = lookup(code);
        return c != null && c.flags().contains(flag);
    }

    /** The effective severity of the code, 1 for unknown codes. */
    public int severity(String code) {
        Category c = lookup(code);
        return c == null ? Category.MIN_SEVERITY : c.severity();
    }

    /** The retired codes and their successors, as declared. */
    public List<Retirement> retired() {
        return retired;
    }

    /** The category as declared (own kind, flags and severity only; no children), if current. */
    public Optional<CategoryDefinition> declared(String code) {
        Category c = lookup(code);
        return c == null ? Optional.empty() : Optional.of(declared.get(c.code()));
    }

    /**
     * This taxonomy as a nested definition (the document form), e.g. to write it or to derive a new
     * version. Categories declared flat with {@code parent} come back nested.
     */
    public TaxonomyDefinition toDefinition() {
        List<CategoryDefinition> top = new ArrayList<>();
        for (Category c : categories) {
            if (c.isTopLevel()) {
                top.add(nested(c.code()));
            }
        }
        return new TaxonomyDefinition(id, version, locked, top, retired);
    }

    private CategoryDefinition nested(String code) {
        List<CategoryDefinition> kids = new ArrayList<>();
        for (Category child : children.get(code)) {
            kids.add(nested(child.code()));
        }
        return declared.get(code).withChildren(kids);
    }

    private Category lookup(String code) {
        Category exact = exactIndex.get(code);
        if (exact != null) {
            return exact;
        }
        String current = keyIndex.get(CodeKey.of(code));
        return current == null ? null : byCode.get(current);
    }

    /** Two taxonomies are equal when their definitions ({@link #toDefinition()}) are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Taxonomy t && id.equals(t.id) && version.equals(t.version)
                && toDefinition().equals(t.toDefinition());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, categories);
    }

    /** {@code "sgkit-default 2026.1 (74 categories, locked)"}. */
    @Override
    public String toString() {
        return id + " " + version + " (" + categories.size() + " categories" + (locked ? ", locked)" : ")");
    }
}
