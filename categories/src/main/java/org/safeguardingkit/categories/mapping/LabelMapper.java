package org.safeguardingkit.categories.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.CodeKey;
import org.safeguardingkit.categories.Taxonomy;

/**
 * Maps a vendor's free category labels to taxonomy codes: first the explicit {@link LabelMap} (exact,
 * then ignoring case and punctuation), then exact codes, labels and aliases of the taxonomy, then codes,
 * labels and aliases ignoring case and punctuation. Whatever is left is reported as unmapped.
 *
 * <pre>{@code
 * LabelMapper mapper = LabelMapper.of(Taxonomy.sgkitDefault(), LabelMap.misLabels());
 * LabelMapping result = mapper.mapAll(List.of("Bullying - Cyber", "Sexual harassment", "Lunch queue"));
 * result.asMap();     // {Bullying - Cyber=bullying.online, Sexual harassment=hsb.sexual-harassment}
 * result.unmapped();  // [Lunch queue]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LabelMapper {

    private final Taxonomy taxonomy;
    private final Map<String, String> exactTable;
    private final Map<String, String> keyTable;
    private final Map<String, String> exactLabels;
    private final Map<String, String> keyLabels;

    private LabelMapper(Taxonomy taxonomy, LabelMap table) {
        this.taxonomy = taxonomy;
        Map<String, String> exactTable = new HashMap<>();
        Map<String, String> keyTable = new HashMap<>();
        Map<String, String> exactLabels = new HashMap<>();
        Map<String, String> keyLabels = new HashMap<>();
        table.labels().forEach((label, code) -> taxonomy.resolve(code).ifPresent(current -> {
            exactTable.put(label, current);
            keyTable.putIfAbsent(CodeKey.of(label), current);
        }));
        for (Category c : taxonomy.categories()) {
            exactLabels.putIfAbsent(c.label(), c.code());
            keyLabels.putIfAbsent(CodeKey.of(c.label()), c.code());
        }
        this.exactTable = Map.copyOf(exactTable);
        this.keyTable = Map.copyOf(keyTable);
        this.exactLabels = Map.copyOf(exactLabels);
        this.keyLabels = Map.copyOf(keyLabels);
    }

    /** A mapper using only the taxonomy's own codes, labels and aliases. */
    public static LabelMapper of(Taxonomy taxonomy) {
        return new LabelMapper(Objects.requireNonNull(taxonomy, "taxonomy"), LabelMap.empty(taxonomy.id()));
    }

    /** A mapper that tries the explicit table first. Table entries whose code does not resolve are ignored. */
    public static LabelMapper of(Taxonomy taxonomy, LabelMap table) {
        return new LabelMapper(Objects.requireNonNull(taxonomy, "taxonomy"), Objects.requireNonNull(table, "table"));
    }

    /** The mapping of one label, if any. */
    public Optional<MappedLabel> map(String label) {
        String code = exactTable.get(label);
        if (code != null) {
            return Optional.of(new MappedLabel(label, code, MappedLabel.Match.TABLE));
        }
        String key = CodeKey.of(label);
        code = keyTable.get(key);
        if (code != null) {
            return Optional.of(new MappedLabel(label, code, MappedLabel.Match.TABLE));
        }
        if (taxonomy.isCurrent(label)) {
            return Optional.of(new MappedLabel(label, label, MappedLabel.Match.CODE));
        }
        code = exactLabels.get(label);
        if (code != null) {
            return Optional.of(new MappedLabel(label, code, MappedLabel.Match.LABEL));
        }
        Optional<String> resolved = taxonomy.resolve(label);
        if (resolved.isPresent()) {
            boolean exactAlias = taxonomy.find(label).map(c -> c.aliases().contains(label)).orElse(false)
                    || taxonomy.retired().stream().anyMatch(r -> r.code().equals(label));
            return Optional.of(new MappedLabel(label, resolved.get(),
                    exactAlias ? MappedLabel.Match.ALIAS : MappedLabel.Match.NORMALISED));
        }
        code = keyLabels.get(key);
        if (code != null && !key.isEmpty()) {
            return Optional.of(new MappedLabel(label, code, MappedLabel.Match.NORMALISED));
        }
        return Optional.empty();
    }

    /** Maps every label; each distinct label appears once, in mapped or in unmapped. */
    public LabelMapping mapAll(Collection<String> labels) {
        List<MappedLabel> mapped = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (String label : new LinkedHashSet<>(labels)) {
            map(label).ifPresentOrElse(mapped::add, () -> unmapped.add(label));
        }
        return new LabelMapping(mapped, unmapped);
    }
}
