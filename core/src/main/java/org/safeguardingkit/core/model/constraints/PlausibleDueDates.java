package org.safeguardingkit.core.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every action's due date is plausible for the concern: not before the day the concern occurred, and at most
 * {@link #maxDaysAfterOccurrence()} days after it (a due date years ahead is almost always a typing slip, 2062 for
 * 2026). The day of occurrence is taken in UTC with one day of tolerance either side, so the check holds in every time
 * zone. Each violation is reported on {@code actions[i].dueDate}. Null records and actions without a due date are
 * valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDueDatesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlausibleDueDates {

    /** @return the message */
    String message() default "SGK-0303: an action's due date must be between the day the concern occurred and "
            + "{maxDaysAfterOccurrence} days after it";

    /** @return the largest number of days between the day of occurrence and a due date, not negative */
    int maxDaysAfterOccurrence() default 730;

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
