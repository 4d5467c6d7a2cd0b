package org.safeguardingkit.categories.mapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of mapping a set of vendor labels: what was mapped and what was not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mapped   the labels mapped, in input order (each distinct label once)
 * @param unmapped the labels that could not be mapped, in input order (each distinct label once)
 */
public record LabelMapping(List<MappedLabel> mapped, List<String> unmapped) {

    /** Copies the lists. */
    public LabelMapping {
        mapped = List.copyOf(mapped);
        unmapped = List.copyOf(unmapped);
    }

    /** Label to code, for the mapped labels. */
    public Map<String, String> asMap() {
        return mapped.stream().collect(Collectors.toUnmodifiableMap(MappedLabel::label, MappedLabel::code));
    }

    /** Whether every label was mapped. */
    public boolean isComplete() {
        return unmapped.isEmpty();
    }
}
