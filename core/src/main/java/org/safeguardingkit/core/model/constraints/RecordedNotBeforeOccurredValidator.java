package org.safeguardingkit.core.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.safeguardingkit.core.model.Concern;

/**
 * Checks {@link RecordedNotBeforeOccurred}. Stateless and thread-safe.
 */
public final class RecordedNotBeforeOccurredValidator
        implements ConstraintValidator<RecordedNotBeforeOccurred, Concern> {

    /** Creates the validator. */
    public RecordedNotBeforeOccurredValidator() {
    }

    @Override
    public boolean isValid(Concern concern, ConstraintValidatorContext context) {
        if (concern == null || !concern.recordedAt().isBefore(concern.occurredAt())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("recordedAt").addConstraintViolation();
        return false;
    }
}
