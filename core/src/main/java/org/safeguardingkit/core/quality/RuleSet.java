package org.safeguardingkit.core.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Configuration of a {@link QualityChecker}: an explicit list of rules, severity overrides, per-rule parameters
 * (thresholds such as {@code timeliness.hours}), extra lexicon entries per rule, the glossary of known acronyms,
 * the active category codes and the clock.
 *
 * <p>{@link #defaults()} is UK school safeguarding practice: every rule of every {@link RulePack} on the class
 * path, default severities, a 24-hour timeliness threshold, the shipped glossary. A rule set can be read from a
 * YAML or JSON file with {@link #load(Path)}:
 *
 * <pre>{@code
 * rules: [child-voice, rationale, fact-opinion, location, timeliness]   # optional: default all known rules
 * disabled: [clarity]                                                   # optional
 * severities: { location: INFO }                                        # optional overrides
 * parameters: { timeliness: { hours: 48 }, clarity: { minWords: 4 } }
 * lexicon: { rationale: { decisions: ["no action at present"] } }
 * glossary: { SNT: Safer Neighbourhood Team }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

    private final List<Rule> rules;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, String>> parameters;
    private final Map<String, Map<String, List<String>>> lexicon;
    private final Glossary glossary;
    private final CategoryCodes categories;
    private final Clock clock;
    /** Values rules derive from this configuration, computed on first use (see {@link #compiled}). */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> compiled =
            new java.util.concurrent.ConcurrentHashMap<>();

    private RuleSet(Builder b) {
        this.rules = List.copyOf(b.rules);
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        b.parameters.forEach((k, v) -> p.put(k, Map.copyOf(v)));
        this.parameters = Collections.unmodifiableMap(p);
        Map<String, Map<String, List<String>>> l = new LinkedHashMap<>();
        b.lexicon.forEach((k, v) -> {
            Map<String, List<String>> inner = new LinkedHashMap<>();
            v.forEach((name, entries) -> inner.put(name, List.copyOf(entries)));
            l.put(k, Collections.unmodifiableMap(inner));
        });
        this.lexicon = Collections.unmodifiableMap(l);
        this.glossary = b.glossary;
        this.categories = b.categories;
        this.clock = b.clock;
        List<String> ids = new ArrayList<>();
        for (Rule r : rules) {
            if (ids.contains(r.id())) {
                throw new IllegalArgumentException("SGK-0411: rule id '" + r.id() + "' appears twice in the rule set");
            }
            ids.add(r.id());
        }
    }

    /**
     * Every rule of every {@link RulePack} on the class path, with UK school safeguarding defaults.
     *
     * @return the default rule set
     */
    public static RuleSet defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults (all available rules, default glossary).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every rule available on the class path (the standard rules first), in run order.
     *
     * @return the available rules
     */
    public static List<Rule> availableRules() {
        return availableRules(RuleSet.class.getClassLoader());
    }

    /**
     * Every rule a class loader offers: the standard rules first, then each {@link RulePack} service it lists, in
     * discovery order.
     *
     * @param loader where to look for {@code META-INF/services/org.safeguardingkit.core.quality.RulePack}
     * @return the available rules
     * @throws IllegalArgumentException (SGK-0411) if two packs use the same rule id
     */
    public static List<Rule> availableRules(ClassLoader loader) {
        List<Rule> all = new ArrayList<>(new StandardRules().rules());
        List<String> ids = new ArrayList<>();
        for (Rule r : all) {
            ids.add(r.id());
        }
        for (RulePack pack : ServiceLoader.load(RulePack.class, loader)) {
            if (!(pack instanceof StandardRules)) {
                for (Rule r : pack.rules()) {
                    if (ids.contains(r.id())) {
                        throw new IllegalArgumentException("SGK-0411: rule id '" + r.id() + "' of "
                                + pack.getClass().getName() + " is already taken");
                    }
                    ids.add(r.id());
                    all.add(r);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * Reads a rule set from a YAML or JSON file (JSON is YAML).
     *
     * @param file the file
     * @return the rule set
     * @throws IllegalArgumentException (SGK-0412) naming the field if the file is not a valid rule set
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RuleSet load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0413: cannot read rule set " + file, e);
        }
    }

    /**
     * Reads a rule set from YAML or JSON.
     *
     * @param in the text, UTF-8
     * @return the rule set
     */
    public static RuleSet load(InputStream in) {
        return load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a rule set from YAML or JSON text.
     *
     * @param reader the text
     * @return the rule set
     */
    public static RuleSet load(Reader reader) {
        ObjectMapper mapper = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file;
        try {
            file = mapper.readValue(reader, File.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("/"));
            throw new IllegalArgumentException("SGK-0412: invalid rule set at '" + path + "': " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("SGK-0412: invalid rule set: " + e.getMessage(), e);
        }
        return file == null ? defaults() : file.toRuleSet();
    }

    /** @return the rules, in run order */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The configured severity of a rule, if overridden.
     *
     * @param ruleId the rule id
     * @return the override
     */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /** @return the severity overrides, rule id to severity */
    public Map<String, Severity> severities() {
        return severities;
    }

    /**
     * A parameter of a rule.
     *
     * @param ruleId the rule id
     * @param name   the parameter name, e.g. {@code hours}
     * @return its configured value
     */
    public Optional<String> parameter(String ruleId, String name) {
        Map<String, String> p = parameters.get(ruleId);
        return p == null ? Optional.empty() : Optional.ofNullable(p.get(name));
    }

    /**
     * Extra lexicon entries a rule set adds to one of a rule's lists.
     *
     * @param ruleId the rule id
     * @param list   the list name, e.g. {@code decisions}
     * @return the entries, empty if none
     */
    public List<String> lexicon(String ruleId, String list) {
        Map<String, List<String>> l = lexicon.get(ruleId);
        if (l == null) {
            return List.of();
        }
        return l.getOrDefault(list, List.of());
    }

    /**
     * Whether the rule set adds lexicon entries to any list of a rule: when not, a rule can skip every
     * {@link #lexicon(String, String)} lookup.
     *
     * @param ruleId the rule id
     * @return {@code true} if {@code lexicon: {<ruleId>: ...}} is configured
     */
    public boolean hasLexicon(String ruleId) {
        return lexicon.containsKey(ruleId);
    }

    /**
     * A value a rule derives once from this configuration (for example its extra lexicon entries, compiled),
     * computed on first use and then shared by every check under this rule set. The rule set stays immutable in
     * everything it returns; this is a cache of pure functions of it.
     *
     * @param type    the type of the value, which identifies it
     * @param compile computes the value from this rule set; must be pure
     * @param <T>     the type of the value
     * @return the value
     */
    public <T> T compiled(Class<T> type, java.util.function.Function<RuleSet, T> compile) {
        Object v = compiled.get(type);
        if (v == null) {
            // not computeIfAbsent: a compile step may ask for another compiled value
            v = Objects.requireNonNull(compile.apply(this), "compiled value");
            Object raced = compiled.putIfAbsent(type, v);
            if (raced != null) {
                v = raced;
            }
        }
        return type.cast(v);
    }

    /** @return the glossary of known acronyms */
    public Glossary glossary() {
        return glossary;
    }

    /** @return the active category codes */
    public CategoryCodes categories() {
        return categories;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /**
     * A builder starting from this rule set.
     *
     * @return a builder with this set's configuration
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rules = new ArrayList<>(rules);
        b.severities.putAll(severities);
        parameters.forEach((k, v) -> b.parameters.put(k, new LinkedHashMap<>(v)));
        lexicon.forEach((k, v) -> {
            Map<String, List<String>> inner = new LinkedHashMap<>();
            v.forEach((n, e) -> inner.put(n, new ArrayList<>(e)));
            b.lexicon.put(k, inner);
        });
        b.glossary = glossary;
        b.categories = categories;
        b.clock = clock;
        return b;
    }

    /** Builds a {@link RuleSet}. Not thread-safe. */
    public static final class Builder {
        private List<Rule> rules = new ArrayList<>(availableRules());
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        private final Map<String, Map<String, List<String>>> lexicon = new LinkedHashMap<>();
        private Glossary glossary = Glossary.defaults();
        private CategoryCodes categories = StandardRules.defaultCategories();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Exactly these rules, in this order.
         *
         * @param list the rules
         * @return this
         */
        public Builder rules(List<? extends Rule> list) {
            this.rules = new ArrayList<>(Objects.requireNonNull(list, "rules"));
            return this;
        }

        /**
         * Only the available rules with these ids, in this order.
         *
         * @param ids rule ids
         * @return this
         * @throws IllegalArgumentException (SGK-0410) for an unknown id
         */
        public Builder ruleIds(List<String> ids) {
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule r : availableRules()) {
                byId.put(r.id(), r);
            }
            List<Rule> chosen = new ArrayList<>();
            for (String id : ids) {
                Rule r = byId.get(id);
                if (r == null) {
                    throw new IllegalArgumentException("SGK-0410: unknown rule '" + id + "' (known: " + byId.keySet() + ")");
                }
                chosen.add(r);
            }
            this.rules = chosen;
            return this;
        }

        /**
         * Removes a rule.
         *
         * @param id rule id
         * @return this
         */
        public Builder disable(String id) {
            rules.removeIf(r -> r.id().equals(id));
            return this;
        }

        /**
         * Overrides the severity of a rule's findings (all but INFO findings take this severity).
         *
         * @param ruleId rule id
         * @param severity the severity
         * @return this
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Sets a parameter of a rule, e.g. {@code parameter("timeliness", "hours", "48")}.
         *
         * @param ruleId rule id
         * @param name parameter name
         * @param value its value
         * @return this
         */
        public Builder parameter(String ruleId, String name, String value) {
            parameters.computeIfAbsent(Objects.requireNonNull(ruleId, "ruleId"), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds entries to one of a rule's lexicon lists.
         *
         * @param ruleId rule id
         * @param list list name
         * @param entries the entries
         * @return this
         */
        public Builder lexicon(String ruleId, String list, List<String> entries) {
            lexicon.computeIfAbsent(Objects.requireNonNull(ruleId, "ruleId"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.requireNonNull(list, "list"), k -> new ArrayList<>())
                    .addAll(entries);
            return this;
        }

        /**
         * Adds glossary entries.
         *
         * @param entries acronym to expansion
         * @return this
         */
        public Builder glossary(Map<String, String> entries) {
            this.glossary = glossary.with(entries);
            return this;
        }

        /**
         * Replaces the glossary.
         *
         * @param g the glossary
         * @return this
         */
        public Builder glossary(Glossary g) {
            this.glossary = Objects.requireNonNull(g, "glossary");
            return this;
        }

        /**
         * Sets the active category codes, e.g. {@code taxonomy::contains}.
         *
         * @param codes the codes
         * @return this
         */
        public Builder categories(CategoryCodes codes) {
            this.categories = Objects.requireNonNull(codes, "categories");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param c the clock
         * @return this
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** @return the rule set */
        public RuleSet build() {
            return new RuleSet(this);
        }
    }

    /** The file format, bound by Jackson. */
    private record File(
            @JsonProperty("rules") List<String> rules,
            @JsonProperty("disabled") List<String> disabled,
            @JsonProperty("severities") Map<String, String> severities,
            @JsonProperty("parameters") Map<String, Map<String, String>> parameters,
            @JsonProperty("lexicon") Map<String, Map<String, List<String>>> lexicon,
            @JsonProperty("glossary") Map<String, String> glossary) {

        RuleSet toRuleSet() {
            Builder b = builder();
            if (rules != null) {
                b.ruleIds(rules);
            }
            if (disabled != null) {
                List<String> known = availableRules().stream().map(Rule::id).toList();
                for (String id : disabled) {
                    if (!known.contains(id)) {
                        throw new IllegalArgumentException("SGK-0410: unknown rule '" + id + "' in 'disabled'");
                    }
                    b.disable(id);
                }
            }
            if (severities != null) {
                severities.forEach((id, s) -> {
                    try {
                        b.severity(id, Severity.parse(s));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("SGK-0412: invalid rule set at 'severities/" + id + "': "
                                + e.getMessage(), e);
                    }
                });
            }
            if (parameters != null) {
                parameters.forEach((id, ps) -> ps.forEach((n, v) -> b.parameter(id, n, v)));
            }
            if (lexicon != null) {
                lexicon.forEach((id, lists) -> lists.forEach((n, e) -> b.lexicon(id, n.toLowerCase(Locale.ROOT), e)));
            }
            if (glossary != null) {
                b.glossary(glossary);
            }
            return b.build();
        }
    }
}
