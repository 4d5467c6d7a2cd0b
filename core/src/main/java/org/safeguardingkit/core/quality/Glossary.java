package org.safeguardingkit.core.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Acronyms and jargon a reader of a safeguarding record is expected to know (CSC, MASH, DSL, EHA, CAMHS, LADO...),
 * each with its expansion. The {@code clarity} rule flags acronyms that are neither here nor defined in the text.
 *
 * <p>The default glossary is the resource {@code org/safeguardingkit/core/quality/clarity/glossary.yaml}
 * (UK school safeguarding practice); a rule set adds its own entries with {@link #with(Map)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Glossary {

    private static final String RESOURCE = "/org/safeguardingkit/core/quality/clarity/glossary.yaml";

    private final Map<String, String> entries;

    private Glossary(Map<String, String> entries) {
        this.entries = entries;
    }

    /**
     * The glossary of UK school safeguarding practice shipped with the library.
     *
     * @return the default glossary
     */
    public static Glossary defaults() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SGK-0404: missing resource " + RESOURCE);
            }
            Map<String, String> read = new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() { });
            return of(read);
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0405: cannot read " + RESOURCE, e);
        }
    }

    /**
     * A glossary of exactly these entries.
     *
     * @param entries acronym (any case) to expansion
     * @return the glossary
     */
    public static Glossary of(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException("SGK-0406: glossary term must not be blank");
            }
            copy.put(k.trim().toUpperCase(Locale.ROOT), v == null ? "" : v.trim());
        });
        return new Glossary(Collections.unmodifiableMap(copy));
    }

    /**
     * An empty glossary.
     *
     * @return the empty glossary
     */
    public static Glossary empty() {
        return new Glossary(Map.of());
    }

    /**
     * This glossary plus {@code more} (which wins on a clash).
     *
     * @param more extra entries
     * @return a new glossary
     */
    public Glossary with(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(entries);
        merged.putAll(of(more).entries);
        return new Glossary(Collections.unmodifiableMap(merged));
    }

    /**
     * Whether the term is known (case-insensitive).
     *
     * @param term an acronym such as {@code MASH}
     * @return {@code true} if known
     */
    public boolean contains(String term) {
        return entries.containsKey(term.toUpperCase(Locale.ROOT));
    }

    /**
     * The expansion of a term.
     *
     * @param term an acronym
     * @return its expansion, if known
     */
    public Optional<String> expansion(String term) {
        return Optional.ofNullable(entries.get(term.toUpperCase(Locale.ROOT)));
    }

    /** @return the entries, acronym (upper case) to expansion */
    public Map<String, String> entries() {
        return entries;
    }
}
