package org.safeguardingkit.examples.importer;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an export's category labels into taxonomy codes: first the mapping's own {@code categories.labels} (ignoring
 * case and surrounding spaces), then a fallback such as the categories module's MIS label mapping.
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
     * Labels from a mapping only.
     *
     * @param mapping the mapping's categories section
     * @return the labels
     */
    public static CategoryLabels of(ImportMapping.Categories mapping) {
        return of(mapping, label -> Optional.empty());
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
