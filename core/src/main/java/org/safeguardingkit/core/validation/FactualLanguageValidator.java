package org.safeguardingkit.core.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.quality.TextRule;

/**
 * Validates {@link FactualLanguage}: runs the listed text rules over the text. Thread-safe once initialised.
 */
public final class FactualLanguageValidator implements ConstraintValidator<FactualLanguage, CharSequence> {

    private QualityChecker checker;
    private Severity minSeverity;
    private String field;
    private String message;

    /** Creates the validator (the provider calls {@link #initialize(FactualLanguage)}). */
    public FactualLanguageValidator() {
    }

    @Override
    public void initialize(FactualLanguage constraint) {
        List<String> ids = Arrays.asList(constraint.rules());
        if (ids.isEmpty()) {
            throw new ConstraintDeclarationException("SGK-0430: @FactualLanguage needs at least one rule");
        }
        if (constraint.field().isBlank()) {
            throw new ConstraintDeclarationException("SGK-0431: @FactualLanguage field must not be blank");
        }
        List<Rule> chosen = new ArrayList<>();
        List<Rule> available = RuleSet.availableRules();
        for (String id : ids) {
            Rule rule = available.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ConstraintDeclarationException("SGK-0432: @FactualLanguage names unknown rule '" + id + "'"));
            if (!(rule instanceof TextRule)) {
                throw new ConstraintDeclarationException("SGK-0433: rule '" + id + "' cannot check text alone");
            }
            chosen.add(rule);
        }
        this.checker = QualityChecker.of(RuleSet.builder().rules(chosen).build());
        this.minSeverity = constraint.minSeverity();
        this.field = constraint.field();
        this.message = constraint.message();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Finding> findings = checker.checkText(value.toString(), field).stream()
                .filter(f -> f.severity().isAtLeast(minSeverity)).toList();
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : findings) {
            context.buildConstraintViolationWithTemplate(ConstraintMessages.template(message, f)).addConstraintViolation();
        }
        return false;
    }
}
