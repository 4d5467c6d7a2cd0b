package org.safeguardingkit.core.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;

/**
 * Validates {@link MeetsRecordingStandard}: runs the rule set over the record. Thread-safe once initialised.
 */
public final class MeetsRecordingStandardValidator implements ConstraintValidator<MeetsRecordingStandard, Concern> {

    private QualityChecker checker;
    private Severity minSeverity;
    private String message;

    /** Creates the validator (the provider calls {@link #initialize(MeetsRecordingStandard)}). */
    public MeetsRecordingStandardValidator() {
    }

    @Override
    public void initialize(MeetsRecordingStandard constraint) {
        RuleSet base;
        if (constraint.ruleSet().isBlank()) {
            base = RuleSet.defaults();
        } else {
            String resource = constraint.ruleSet().startsWith("/") ? constraint.ruleSet() : "/" + constraint.ruleSet();
            try (InputStream in = MeetsRecordingStandardValidator.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ConstraintDeclarationException("SGK-0434: rule set resource not found: " + resource);
                }
                base = RuleSet.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConstraintDeclarationException("SGK-0435: cannot load rule set " + resource + ": " + e.getMessage(), e);
            }
        }
        List<String> ids = Arrays.asList(constraint.rules());
        if (!ids.isEmpty()) {
            List<String> known = base.rules().stream().map(r -> r.id()).toList();
            for (String id : ids) {
                if (!known.contains(id)) {
                    throw new ConstraintDeclarationException("SGK-0432: @MeetsRecordingStandard names unknown rule '" + id + "'");
                }
            }
            base = base.toBuilder().rules(base.rules().stream().filter(r -> ids.contains(r.id())).toList()).build();
        }
        this.checker = QualityChecker.of(base);
        this.minSeverity = constraint.minSeverity();
        this.message = constraint.message();
    }

    @Override
    public boolean isValid(Concern value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Finding> findings = checker.check(value).findings().stream()
                .filter(f -> f.severity().isAtLeast(minSeverity)).toList();
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : findings) {
            context.buildConstraintViolationWithTemplate(ConstraintMessages.template(message, f))
                    .addPropertyNode(f.field())
                    .addConstraintViolation();
        }
        return false;
    }
}
