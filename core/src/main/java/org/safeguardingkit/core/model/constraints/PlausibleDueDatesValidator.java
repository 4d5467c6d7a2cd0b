package org.safeguardingkit.core.model.constraints;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.Concern;

/**
 * Checks {@link PlausibleDueDates}. Thread-safe once initialised.
 */
public final class PlausibleDueDatesValidator implements ConstraintValidator<PlausibleDueDates, Concern> {

    private int maxDays;

    /** Creates the validator. */
    public PlausibleDueDatesValidator() {
    }

    @Override
    public void initialize(PlausibleDueDates annotation) {
        if (annotation.maxDaysAfterOccurrence() < 0) {
            throw new ConstraintDeclarationException(
                    "SGK-0304: @PlausibleDueDates.maxDaysAfterOccurrence must not be negative");
        }
        this.maxDays = annotation.maxDaysAfterOccurrence();
    }

    @Override
    public boolean isValid(Concern concern, ConstraintValidatorContext context) {
        if (concern == null) {
            return true;
        }
        LocalDate occurred = LocalDate.ofInstant(concern.occurredAt(), ZoneOffset.UTC);
        LocalDate earliest = occurred.minusDays(1);
        LocalDate latest = occurred.plusDays(1L + maxDays);
        boolean valid = true;
        List<Action> actions = concern.actions();
        for (int i = 0; i < actions.size(); i++) {
            LocalDate due = actions.get(i).dueDate().orElse(null);
            if (due != null && (due.isBefore(earliest) || due.isAfter(latest))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("actions")
                        .addPropertyNode("dueDate").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
