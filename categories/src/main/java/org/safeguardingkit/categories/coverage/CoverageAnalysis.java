package org.safeguardingkit.categories.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.Taxonomy;

/**
 * Analyses category usage counts against a taxonomy.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalysis.of(Taxonomy.sgkitDefault())
 *         .withCatchAllThreshold(0.05)
 *         .analyse(Map.of("behaviour.disruption", 120L, "other", 30L), List.of("Lunch queue"));
 * report.catchAllOveruse();   // [CatchAllUse[code=other, uses=30, share=0.2]]
 * report.neverRecorded();     // [HSB, LOWER_LEVEL_HSB, ONLINE]
 * }</pre>
 *
 * <p>Catch-all codes are, by default, the codes whose last part is {@code other} ({@code other},
 * {@code behaviour.other}); the default threshold is 10% of all uses. This class is immutable and
 * thread-safe.
 */
public final class CoverageAnalysis {

    /** The default share of all uses above which a catch-all code is reported. */
    public static final double DEFAULT_CATCH_ALL_THRESHOLD = 0.10;

    private final Taxonomy taxonomy;
    private final double threshold;
    private final Optional<Set<String>> catchAllCodes;

    private CoverageAnalysis(Taxonomy taxonomy, double threshold, Optional<Set<String>> catchAllCodes) {
        this.taxonomy = taxonomy;
        this.threshold = threshold;
        this.catchAllCodes = catchAllCodes;
    }

    /** An analysis against {@code taxonomy} with the default catch-all codes and threshold. */
    public static CoverageAnalysis of(Taxonomy taxonomy) {
        return new CoverageAnalysis(Objects.requireNonNull(taxonomy, "taxonomy"), DEFAULT_CATCH_ALL_THRESHOLD,
                Optional.empty());
    }

    /** A copy reporting catch-all codes above {@code share} (0..1) of all uses. */
    public CoverageAnalysis withCatchAllThreshold(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("SGK-0261: catch-all threshold must be 0..1, was " + share);
        }
        return new CoverageAnalysis(taxonomy, share, catchAllCodes);
    }

    /** A copy treating exactly these codes as catch-alls (e.g. {@code "20"} for the CIN factors). */
    public CoverageAnalysis withCatchAllCodes(Set<String> codes) {
        return new CoverageAnalysis(taxonomy, threshold, Optional.of(Set.copyOf(codes)));
    }

    /** The catch-all codes this analysis checks, as current codes. */
    public List<String> catchAllCodes() {
        List<String> out = new ArrayList<>();
        for (Category c : taxonomy.categories()) {
            boolean catchAll = catchAllCodes.map(set -> set.stream()
                            .anyMatch(code -> taxonomy.resolve(code).filter(c.code()::equals).isPresent()))
                    .orElseGet(() -> isOther(c.code()));
            if (catchAll) {
                out.add(c.code());
            }
        }
        return out;
    }

    private static boolean isOther(String code) {
        int cut = Math.max(code.lastIndexOf('.'), code.lastIndexOf('-'));
        return code.substring(cut + 1).equalsIgnoreCase("other");
    }

    /** Analyses usage counts (code to number of records). */
    public CoverageReport analyse(Map<String, Long> usage) {
        return analyse(usage, List.of());
    }

    /**
     * Analyses usage counts and lists the vendor labels that could not be mapped.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public CoverageReport analyse(Map<String, Long> usage, Collection<String> unmappedLabels) {
        Map<String, Long> byCode = new HashMap<>();
        Map<String, Long> unknown = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : usage.entrySet()) {
            long n = e.getValue();
            if (n < 0) {
                throw new IllegalArgumentException("SGK-0262: negative count for a code: " + n);
            }
            total += n;
            Optional<String> code = taxonomy.resolve(e.getKey());
            if (code.isPresent()) {
                byCode.merge(code.get(), n, Long::sum);
            } else if (n > 0) {
                unknown.merge(e.getKey(), n, Long::sum);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        List<String> neverUsed = new ArrayList<>();
        for (Category c : taxonomy.categories()) {
            long own = byCode.getOrDefault(c.code(), 0L);
            if (own > 0) {
                ordered.put(c.code(), own);
            }
            long subtree = own + taxonomy.descendants(c.code()).stream()
                    .mapToLong(d -> byCode.getOrDefault(d.code(), 0L)).sum();
            if (subtree == 0) {
                neverUsed.add(c.code());
            }
        }
        List<CatchAllUse> overuse = new ArrayList<>();
        if (total > 0) {
            for (String code : catchAllCodes()) {
                long n = byCode.getOrDefault(code, 0L);
                double share = (double) n / total;
                if (n > 0 && share > threshold) {
                    overuse.add(new CatchAllUse(code, n, share));
                }
            }
        }
        Set<CategoryFamily> missing = EnumSet.noneOf(CategoryFamily.class);
        Set<CategoryFamily> unrecorded = EnumSet.noneOf(CategoryFamily.class);
        for (CategoryFamily family : CategoryFamily.values()) {
            List<Category> members = taxonomy.categories().stream().filter(c -> c.hasFlag(family.flag())).toList();
            if (members.isEmpty()) {
                missing.add(family);
            } else if (members.stream().noneMatch(c -> byCode.getOrDefault(c.code(), 0L) > 0)) {
                unrecorded.add(family);
            }
        }
        List<String> labels = new ArrayList<>(new java.util.LinkedHashSet<>(unmappedLabels));
        return new CoverageReport(taxonomy.id(), taxonomy.version(), total, ordered, neverUsed, overuse, unknown,
                labels, missing, unrecorded);
    }
}
