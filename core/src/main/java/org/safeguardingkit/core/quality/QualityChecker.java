package org.safeguardingkit.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safeguardingkit.core.model.Concern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RuleSet} over records or over one free-text field.
 *
 * <pre>{@code
 * QualityChecker checker = QualityChecker.defaults();      // build once, share
 * Findings findings = checker.check(concern);
 * List<Finding> live = checker.checkText(text, "summary"); // on each keystroke pause
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: build one and share it.
 */
public final class QualityChecker {

    private static final Logger LOG = LoggerFactory.getLogger(QualityChecker.class);

    private final RuleSet ruleSet;
    private final List<TextRule> textRules;
    private final String[] ruleIds;
    private final Rule[] rules;
    private final RuleSummary[] noFindings;
    /** Per rule, the summaries of a few findings, shared by every result ({@link Findings#summaryTable}). */
    private final RuleSummary[] summaries;
    private final boolean severityOverrides;

    private QualityChecker(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        List<TextRule> t = new ArrayList<>();
        for (Rule r : ruleSet.rules()) {
            if (r instanceof TextRule tr) {
                t.add(tr);
            }
        }
        this.textRules = List.copyOf(t);
        this.ruleIds = ruleSet.rules().stream().map(Rule::id).toArray(String[]::new);
        this.rules = ruleSet.rules().toArray(new Rule[0]);
        this.noFindings = Findings.noFindings(ruleIds);
        this.summaries = Findings.summaryTable(ruleIds);
        this.severityOverrides = !ruleSet.severities().isEmpty();
    }

    /**
     * A checker with the default rule set.
     *
     * @return the checker
     */
    public static QualityChecker defaults() {
        return new QualityChecker(RuleSet.defaults());
    }

    /**
     * A checker for a rule set.
     *
     * @param ruleSet the rules and configuration
     * @return the checker
     */
    public static QualityChecker of(RuleSet ruleSet) {
        return new QualityChecker(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** @return the rule set */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Checks a whole record with every rule of the rule set.
     *
     * @param concern the record
     * @return the findings, the score and the per-rule summary
     */
    public Findings check(Concern concern) {
        Objects.requireNonNull(concern, "concern");
        RuleContext context = RuleContext.of(ruleSet);
        List<Finding> out = new ArrayList<>();
        // each rule's findings are summarised as they are gathered (what Findings.of works out afterwards, without
        // looking up each finding's rule), unless a rule reports under another rule's id
        RuleSummary[] summary = new RuleSummary[rules.length];
        int score = 100;
        boolean ownIds = true;
        for (int r = 0; r < rules.length; r++) {
            List<Finding> found = rules[r].check(concern, context);
            String id = ruleIds[r];
            Severity worst = null;
            int n = found.size();
            if (!(found instanceof java.util.RandomAccess)) {
                found = new ArrayList<>(found); // rules return array-backed lists: a linked one is copied to index it
            }
            for (int i = 0; i < n; i++) {
                Finding f = adjust(found.get(i));
                out.add(f);
                Severity s = f.severity();
                score -= Findings.penalty(s);
                if (worst == null || s.compareTo(worst) > 0) {
                    worst = s;
                }
                ownIds &= f.rule() == id || f.rule().equals(id);
            }
            summary[r] = Findings.summary(summaries, ruleIds, r, n, worst);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("checked {}: {} findings", concern.id().value(), out.size());
        }
        if (!ownIds) {
            return Findings.of(concern.id().value(), ruleIds, noFindings, out);
        }
        return Findings.summarised(concern.id().value(), out, score, summary);
    }

    /**
     * Checks one free-text field with the rules that can judge text alone ({@link TextRule}s).
     *
     * @param text  the text (null is treated as empty)
     * @param field the field path, e.g. {@code summary}
     * @return the findings, spans are offsets into {@code text}
     */
    public List<Finding> checkText(String text, String field) {
        Objects.requireNonNull(field, "field");
        String t = text == null ? "" : text;
        RuleContext context = RuleContext.of(ruleSet);
        List<Finding> out = new ArrayList<>();
        for (TextRule rule : textRules) {
            for (Finding f : rule.checkText(t, field, context)) {
                out.add(adjust(f));
            }
        }
        return List.copyOf(out);
    }

    private Finding adjust(Finding f) {
        if (!severityOverrides) {
            return f;
        }
        Severity override = ruleSet.severities().get(f.rule());
        if (override == null || f.severity() == Severity.INFO) {
            return f;
        }
        return f.withSeverity(override);
    }
}
