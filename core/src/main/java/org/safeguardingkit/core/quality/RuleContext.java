package org.safeguardingkit.core.quality;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.safeguardingkit.core.text.AnalysedText;

/**
 * What a rule may consult while it checks: the configuration of the {@link RuleSet} (thresholds, extra lexicon
 * entries, the glossary, the active category codes, the clock) and the shared analysed text of each field, so a
 * field is tokenised once however many rules read it.
 *
 * <p>A {@link QualityChecker} makes one context per check; a context is confined to the thread doing that check.
 * Rules must not keep a reference to it.
 */
public final class RuleContext {

    private static final int CACHE = 16;

    private final RuleSet ruleSet;
    /** Per-check cache: text, kind (AnalysedText.class or a derived type), value; a few entries, linear scan. */
    private Object[] cache;
    private int cached;

    private RuleContext(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * A context for one check under a rule set.
     *
     * @param ruleSet the configuration
     * @return a fresh context
     */
    public static RuleContext of(RuleSet ruleSet) {
        return new RuleContext(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * A context under the default rule set.
     *
     * @return a fresh context
     */
    public static RuleContext defaults() {
        return of(RuleSet.defaults());
    }

    /** @return the rule set */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return the clock */
    public Clock clock() {
        return ruleSet.clock();
    }

    /** @return the glossary of known acronyms */
    public Glossary glossary() {
        return ruleSet.glossary();
    }

    /** @return the active category codes */
    public CategoryCodes categories() {
        return ruleSet.categories();
    }

    /**
     * Extra lexicon entries the rule set adds to a rule's list.
     *
     * @param ruleId rule id
     * @param list list name
     * @return the entries, empty if none
     */
    public List<String> lexicon(String ruleId, String list) {
        return ruleSet.lexicon(ruleId, list);
    }

    /**
     * Whether the rule set adds lexicon entries to any list of a rule (see {@link RuleSet#hasLexicon(String)}).
     *
     * @param ruleId rule id
     * @return {@code true} if there may be extra entries for the rule
     */
    public boolean hasLexicon(String ruleId) {
        return ruleSet.hasLexicon(ruleId);
    }

    /**
     * A value a rule derives once from the rule set's configuration (e.g. its extra lexicon entries, compiled),
     * shared by every check under the same rule set: see {@link RuleSet#compiled(Class, Function)}.
     *
     * @param type    the type of the value, which identifies it
     * @param compile computes the value from the rule set; must be pure
     * @param <T>     the type of the value
     * @return the value
     */
    public <T> T compiled(Class<T> type, Function<RuleSet, T> compile) {
        return ruleSet.compiled(type, compile);
    }

    /**
     * An integer parameter of a rule.
     *
     * @param ruleId rule id
     * @param name parameter name
     * @param defaultValue used when not configured
     * @return the value
     * @throws IllegalArgumentException (SGK-0414) if the configured value is not an integer
     */
    public int intParameter(String ruleId, String name, int defaultValue) {
        java.util.Optional<String> configured = ruleSet.parameter(ruleId, name);
        if (configured.isEmpty()) {
            return defaultValue;
        }
        String v = configured.get();
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SGK-0414: parameter " + ruleId + "." + name
                    + " must be an integer, got '" + v + "'", e);
        }
    }

    /**
     * The analysis of a field's text, shared by every rule in this check: a text is analysed once however many
     * rules read it.
     *
     * @param text the field's text
     * @return its analysis
     */
    public AnalysedText analysed(String text) {
        return derived(text, AnalysedText.class, AnalysedText::of);
    }

    /**
     * A rule's own analysis of a field's text (derived from the shared {@link #analysed(String)} analysis or from the
     * text), computed once per check and shared by every rule that asks for the same type.
     *
     * @param text   the field's text
     * @param type   the type of the analysis, which identifies it
     * @param derive computes the analysis from the text
     * @param <T>    the type of the analysis
     * @return the analysis
     */
    public <T> T derived(String text, Class<T> type, Function<String, T> derive) {
        Objects.requireNonNull(text, "text");
        Object[] c = cache;
        if (c != null) {
            for (int i = 0; i < cached; i++) {
                Object t = c[3 * i];
                if (c[3 * i + 1] == type && (t == text || ((String) t).length() == text.length() && t.equals(text))) {
                    return type.cast(c[3 * i + 2]);
                }
            }
        }
        T value = Objects.requireNonNull(derive.apply(text), "derived analysis");
        if (c == null) {
            c = new Object[3 * 4];
            cache = c;
        }
        if (cached == CACHE) {
            cached = 0; // a check touches few fields; start over rather than grow
        }
        if (3 * cached + 3 > c.length) {
            c = java.util.Arrays.copyOf(c, Math.min(3 * CACHE, c.length * 2));
            cache = c;
        }
        c[3 * cached] = text;
        c[3 * cached + 1] = type;
        c[3 * cached + 2] = value;
        cached++;
        return value;
    }
}
