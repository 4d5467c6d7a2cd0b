package org.safeguardingkit.core.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A year group, when present, is between -1 (Nursery) and 14; Reception is 0. Applies to {@link java.util.OptionalInt}
 * (empty is valid) and to {@code Integer} (null is valid). A dedicated constraint rather than {@code @Min}/{@code @Max}
 * because not every provider unwraps {@code OptionalInt} on a record's accessor.
 */
@Documented
@Constraint(validatedBy = {YearGroupValidator.ForOptionalInt.class, YearGroupValidator.ForInteger.class})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface YearGroup {

    /** @return the message */
    String message() default "SGK-0305: a year group is between -1 (Nursery) and 14";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
