package org.safeguardingkit.core.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.quality.TextRule;
import org.safeguardingkit.core.text.AnalysedText;
import org.safeguardingkit.core.text.Lexicon;
import org.safeguardingkit.core.text.LexiconEntry;
import org.safeguardingkit.core.text.LexiconMatch;

/**
 * {@code fact-opinion}: flags the writer's own unlabelled opinion, judgement, label or speculation presented
 * as fact, pointing at the smallest set of words that carries it.
 *
 * <p>Flagged (WARNING by default): labels of character or behaviour ("aggressive", "kicked off", "a liar"),
 * inferences about states or conduct stated as fact ("mum was drunk", "he is being neglected", "he has
 * ADHD"), speculation without a basis ("I think", "probably", "seemed high", "might be"), emotive words and
 * generalisations ("clearly", "disgusting", "as usual", "never listens"), mind-reading ("on purpose", "he
 * thinks it's funny").
 *
 * <p>Not flagged: observed facts; anyone else's words, quoted in any quote style or reported ("Mum said she
 * thinks ...", "she told me she felt scared"); a hedge that gives its basis ("she seemed frightened: she was
 * shaking", "I suspect ..., as ..."). An opinion labelled as one and giving its basis ("In my view ...,
 * because ...") is reported at INFO.
 *
 * <p>The phrases are in {@code fact-opinion/lexicon.txt} next to this rule's examples. A rule set adds local
 * phrases with {@code lexicon: { fact-opinion: { <category>: ["phrase", "phrase | suggestion"] } }}, where
 * the category is one of the lexicon's categories (e.g. {@code label}, {@code hedge}, {@code emotive}).
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class FactOpinionRule implements TextRule {

    /** The stable rule id. */
    public static final String ID = "fact-opinion";

    /** The categories of the lexicon, also the names of the lists a rule set may extend. */
    public static final List<String> CATEGORIES = List.of(
            "label", "predicate", "state", "condition", "harm", "harm-ongoing", "certainty", "hedge", "appearance", "frame",
            "generalisation", "emotive", "motive", "attitude", "minimising", "fragment", "continuation");

    private static final Lexicon LEXICON = Lexicon.fromResource(FactOpinionRule.class,
            "/org/safeguardingkit/core/quality/fact-opinion/lexicon.txt");

    /** Creates the rule. */
    public FactOpinionRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** @return the built-in lexicon */
    public static Lexicon lexicon() {
        return LEXICON;
    }

    @Override
    public List<Finding> checkText(String text, String field, RuleContext context) {
        AnalysedText analysed = org.safeguardingkit.core.quality.rules.Lexicon.analysed(context, text);
        Extra extra = context.compiled(Extra.class, rules -> Extra.of(extraEntries(rules)));
        return findings(analysed, field, extra.lexicon());
    }

    /** A rule set's extra entries, compiled once per rule set; {@code lexicon} is null when there are none. */
    private record Extra(Lexicon lexicon) {
        static Extra of(List<LexiconEntry> entries) {
            return new Extra(entries.isEmpty() ? null : Lexicon.of(entries));
        }
    }

    /**
     * Checks an already analysed text (so several rules share one analysis).
     *
     * @param analysed the field's analysed text
     * @param field    the field path
     * @param extra    extra lexicon entries (e.g. a vendor's local phrases), may be empty
     * @return the findings
     */
    public List<Finding> findings(AnalysedText analysed, String field, List<LexiconEntry> extra) {
        return findings(analysed, field, extra.isEmpty() ? null : Lexicon.of(extra));
    }

    /** As {@link #findings(AnalysedText, String, List)}, with the extra entries compiled ({@code null}: none). */
    private static List<Finding> findings(AnalysedText analysed, String field, Lexicon extra) {
        // a vendor's entries come first, so that where both match the same words the vendor's suggestion wins
        List<LexiconMatch> matches;
        if (extra == null) {
            matches = LEXICON.match(analysed); // only read below
        } else {
            matches = new ArrayList<>(extra.match(analysed));
            matches.addAll(LEXICON.match(analysed));
        }
        List<Finding> out = new ArrayList<>();
        for (OpinionFinder.Opinion o : OpinionFinder.find(analysed, matches)) {
            out.add(Finding.at(ID, o.severity(), field, o.span(), o.message(), o.suggestion()));
        }
        return out;
    }

    private static List<LexiconEntry> extraEntries(RuleSet rules) {
        List<LexiconEntry> extra = new ArrayList<>();
        for (String category : CATEGORIES) {
            for (String line : rules.lexicon(ID, category)) {
                int bar = line.indexOf('|');
                String phrase = bar >= 0 ? line.substring(0, bar) : line;
                String suggestion = bar >= 0 ? line.substring(bar + 1) : defaultSuggestion(category);
                if (!phrase.isBlank()) {
                    extra.add(LexiconEntry.of(phrase, category, suggestion.isBlank() ? defaultSuggestion(category) : suggestion));
                }
            }
        }
        return extra;
    }

    private static String defaultSuggestion(String category) {
        for (LexiconEntry e : LEXICON.entries()) {
            if (e.category().equals(category)) {
                return e.suggestion();
            }
        }
        return "Describe what you saw or heard instead.";
    }

    static String labelledMessage(String words) {
        return "'" + words + "' labels an opinion and gives its basis: make sure the basis is what was seen or heard.";
    }

    static String message(String category, String words) {
        return "'" + words + "'" + messageTail(category); // one concatenation, one string
    }

    /** What {@link #message} says after the quoted words. */
    private static String messageTail(String category) {
        switch (category) {
            case "label":
            case "predicate":
            case "continuation":
                return " is a judgement, not an observation.";
            case "state":
                return " states an inference about someone's state as fact.";
            case "condition":
                return " attributes a condition or trait without a recorded source.";
            case "harm":
            case "harm-ongoing":
                return " states a conclusion about harm as fact.";
            case "certainty":
                return " presents an inference as certain.";
            case "hedge":
                return " is speculation without a stated basis.";
            case "appearance":
                return " is an impression without a stated basis.";
            case "frame":
                return " introduces an opinion without giving its basis.";
            case "generalisation":
                return " is a generalisation, not a record of what happened.";
            case "emotive":
                return " is emotive or judgemental language.";
            case "motive":
                return " guesses at someone's intent or honesty.";
            case "attitude":
                return " claims to know what someone feels or thinks.";
            case "minimising":
                return " explains the behaviour away instead of recording it.";
            case "fragment":
                return " is a conclusion with nothing recorded to support it.";
            default:
                return " is the writer's opinion, not an observation.";
        }
    }
}
