package org.safeguardingkit.categories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reference taxonomies shipped as YAML resources. Each is loaded once, on first use, into an
 * immutable constant (holder idiom; no mutable cache). Internal.
 */
final class ReferenceTaxonomies {

    private static final String BASE = "/org/safeguardingkit/categories/reference/";

    private ReferenceTaxonomies() {
    }

    static List<String> ids() {
        return List.of(Taxonomy.SGKIT_DEFAULT, Taxonomy.DFE_CIN_FACTORS);
    }

    static Taxonomy get(String id) {
        if (Taxonomy.SGKIT_DEFAULT.equals(id)) {
            return SgkitDefault.TAXONOMY;
        }
        if (Taxonomy.DFE_CIN_FACTORS.equals(id)) {
            return DfeCinFactors.TAXONOMY;
        }
        throw new IllegalArgumentException("SGK-0220: unknown reference taxonomy '" + id + "'; known: "
                + String.join(", ", ids()));
    }

    static Taxonomy load(String id) {
        try (InputStream in = ReferenceTaxonomies.class.getResourceAsStream(BASE + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("SGK-0221: reference taxonomy resource missing: " + id);
            }
            return TaxonomyReader.readYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0221: cannot read reference taxonomy " + id, e);
        }
    }

    private static final class SgkitDefault {
        static final Taxonomy TAXONOMY = load(Taxonomy.SGKIT_DEFAULT);
    }

    private static final class DfeCinFactors {
        static final Taxonomy TAXONOMY = load(Taxonomy.DFE_CIN_FACTORS);
    }
}
