package org.safeguardingkit.examples.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyException;
import org.safeguardingkit.categories.mapping.LabelMap;
import org.safeguardingkit.categories.mapping.LabelMapper;
import org.safeguardingkit.categories.mapping.MappedLabel;

/**
 * Turns an export's category labels into taxonomy codes: first the mapping's own {@code categories.labels} (ignoring
 * case and surrounding spaces), then a fallback: by default the categories module's {@link LabelMapper} over the
 * mapping's taxonomy with its table of common MIS labels ({@link LabelMap#misLabels()}).
 *
 * <p>This class is immutable and thread-safe if the fallback is.
 */
public final class CategoryLabels {

    private final Map<String, String> labels;
    private final Function<String, Optional<String>> fallback;

    private CategoryLabels(Map<String, String> labels, Function<String, Optional<String>> fallback) {
        this.labels = labels;
        this.fallback = fallback;
    }

    /**
     * Labels from a mapping, with a fallback for labels it does not list.
     *
     * @param mapping the mapping's categories section
     * @param fallback looks up a label the mapping does not list; returns a code or empty
     * @return the labels
     */
    public static CategoryLabels of(ImportMapping.Categories mapping, Function<String, Optional<String>> fallback) {
        return new CategoryLabels(mapping.labels(), Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Labels from a mapping, checked against its reference taxonomy, falling back to the {@link LabelMapper} (with
     * the MIS label table unless {@code misLabels: false}).
     *
     * @param mapping the mapping's categories section
     * @return the labels
     * @throws ImportException if the taxonomy is unknown or a listed label maps to a code it does not have
     */
    public static CategoryLabels of(ImportMapping.Categories mapping) {
        Taxonomy taxonomy;
        try {
            taxonomy = Taxonomy.reference(mapping.taxonomy());
        } catch (TaxonomyException | IllegalArgumentException e) {
            throw new ImportException("SGK-0717: mapping: categories.taxonomy: " + mapping.taxonomy()
                    + " is not a reference taxonomy (one of " + Taxonomy.referenceIds() + ")", e);
        }
        List<String> unknown = mapping.labels().values().stream().distinct()
                .filter(code -> !taxonomy.isCurrent(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ImportException("SGK-0717: mapping: categories.labels: code(s) " + unknown
                    + " are not current codes of " + taxonomy.id());
        }
        LabelMapper mapper = mapping.misLabels() ? LabelMapper.of(taxonomy, LabelMap.misLabels())
                : LabelMapper.of(taxonomy);
        return of(mapping, label -> mapper.map(label).map(MappedLabel::code));
    }

    /**
     * The code for a label.
     *
     * @param label the label as the export writes it
     * @return the taxonomy code, or empty if neither the mapping nor the fallback knows the label
     */
    public Optional<String> codeFor(String label) {
        String code = labels.get(ImportMapping.key(label));
        return code != null ? Optional.of(code) : fallback.apply(label.strip());
    }
}
