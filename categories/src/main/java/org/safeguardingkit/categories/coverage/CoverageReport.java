package org.safeguardingkit.categories.coverage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a log uses a taxonomy. A value: compare, render or serialise it as you like.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param taxonomyId          the taxonomy analysed
 * @param version             its version
 * @param totalUses           all uses counted (including unknown codes)
 * @param usage               uses per current code (retired codes and aliases counted under their successor),
 *                            in tree order, codes with uses only
 * @param neverUsed           current codes with no uses, neither themselves nor below them, in tree order
 * @param catchAllOveruse     catch-all codes above the threshold
 * @param unknownCodes        codes in the log that the taxonomy does not resolve, with their uses
 * @param unmappedLabels      vendor labels that could not be mapped to a code
 * @param missingFromTaxonomy families the taxonomy has no category for
 * @param neverRecorded       families the taxonomy has but the log never uses
 */
public record CoverageReport(String taxonomyId, String version, long totalUses, Map<String, Long> usage,
                             List<String> neverUsed, List<CatchAllUse> catchAllOveruse,
                             Map<String, Long> unknownCodes, List<String> unmappedLabels,
                             Set<CategoryFamily> missingFromTaxonomy, Set<CategoryFamily> neverRecorded) {

    /** Copies every collection. */
    public CoverageReport {
        Objects.requireNonNull(taxonomyId, "taxonomyId");
        Objects.requireNonNull(version, "version");
        usage = Collections.unmodifiableMap(new LinkedHashMap<>(usage));
        neverUsed = List.copyOf(neverUsed);
        catchAllOveruse = List.copyOf(catchAllOveruse);
        unknownCodes = Collections.unmodifiableMap(new LinkedHashMap<>(unknownCodes));
        unmappedLabels = List.copyOf(unmappedLabels);
        missingFromTaxonomy = Collections.unmodifiableSet(copy(missingFromTaxonomy));
        neverRecorded = Collections.unmodifiableSet(copy(neverRecorded));
    }

    private static Set<CategoryFamily> copy(Set<CategoryFamily> s) {
        return s.isEmpty() ? EnumSet.noneOf(CategoryFamily.class) : EnumSet.copyOf(s);
    }

    /** Whether anything calls for attention (never-used codes alone do not). */
    public boolean hasFindings() {
        return !catchAllOveruse.isEmpty() || !unknownCodes.isEmpty() || !unmappedLabels.isEmpty()
                || !missingFromTaxonomy.isEmpty() || !neverRecorded.isEmpty();
    }
}
