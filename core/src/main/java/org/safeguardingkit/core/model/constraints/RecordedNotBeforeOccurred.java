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
 * A concern is recorded at or after the moment it occurred: {@code recordedAt >= occurredAt}. The violation is
 * reported on {@code recordedAt}. Null records are valid (use {@code @NotNull}).
 *
 * <pre>{@code
 * @RecordedNotBeforeOccurred
 * public record Concern(...) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = RecordedNotBeforeOccurredValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RecordedNotBeforeOccurred {

    /** @return the message */
    String message() default "SGK-0301: recordedAt must not be before occurredAt";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
