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
 * Every decision with a time is made at or after the moment the concern occurred: {@code decidedAt >= occurredAt}.
 * Each violation is reported on {@code decisions[i].decidedAt}. Null records and undated decisions are valid.
 */
@Documented
@Constraint(validatedBy = DecidedNotBeforeOccurredValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DecidedNotBeforeOccurred {

    /** @return the message */
    String message() default "SGK-0302: a decision must not be made before the concern occurred";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
