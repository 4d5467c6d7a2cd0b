package org.safeguardingkit.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.safeguardingkit.core.quality.Severity;

/**
 * The annotated {@link org.safeguardingkit.core.model.Concern} meets the recording standard: no finding of the
 * rule set (all standard rules unless {@link #rules()} names some, configured by {@link #ruleSet()}) at or above
 * {@link #minSeverity()}. Each finding is one violation, its property path ending in the finding's field
 * ({@code summary}, {@code decisions/0/rationale}); the message gives the finding and the suggestion. {@code null}
 * is valid.
 *
 * <pre>{@code
 * public record Submission(@NotNull @MeetsRecordingStandard(minSeverity = Severity.ERROR) Concern concern) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = MeetsRecordingStandardValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MeetsRecordingStandard.List.class)
public @interface MeetsRecordingStandard {

    /** @return the message template; each violation appends the finding and the suggestion */
    String message() default "{org.safeguardingkit.core.validation.MeetsRecordingStandard.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the ids of the rules to run; empty: every rule of the rule set */
    String[] rules() default {};

    /** @return the least serious finding that is a violation */
    Severity minSeverity() default Severity.WARNING;

    /** @return a class-path resource holding a rule set (YAML or JSON); empty: the default rule set */
    String ruleSet() default "";

    /** Several {@link MeetsRecordingStandard} constraints on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        MeetsRecordingStandard[] value();
    }
}
