package org.safeguardingkit.core.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.util.List;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Decision;

/**
 * Checks {@link DecidedNotBeforeOccurred}. Stateless and thread-safe.
 */
public final class DecidedNotBeforeOccurredValidator implements ConstraintValidator<DecidedNotBeforeOccurred, Concern> {

    /** Creates the validator. */
    public DecidedNotBeforeOccurredValidator() {
    }

    @Override
    public boolean isValid(Concern concern, ConstraintValidatorContext context) {
        if (concern == null) {
            return true;
        }
        boolean valid = true;
        List<Decision> decisions = concern.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Instant decidedAt = decisions.get(i).decidedAt().orElse(null);
            if (decidedAt != null && decidedAt.isBefore(concern.occurredAt())) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("decisions")
                        .addPropertyNode("decidedAt").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
