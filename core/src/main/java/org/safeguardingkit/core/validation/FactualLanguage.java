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
 * The annotated free text (a {@link CharSequence}) is written as fact: no finding of the listed text rules
 * (by default {@code fact-opinion}) at or above {@link #minSeverity()}. Each finding is one violation whose message
 * names the words and gives the suggestion. {@code null} is valid.
 *
 * <pre>{@code
 * public record IncidentNote(@NotNull @FactualLanguage String text) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = FactualLanguageValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(FactualLanguage.List.class)
public @interface FactualLanguage {

    /** @return the message template; each violation appends the words, the finding and the suggestion */
    String message() default "{org.safeguardingkit.core.validation.FactualLanguage.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the ids of the text rules to run (each must be a {@code TextRule}) */
    String[] rules() default {"fact-opinion"};

    /** @return the least serious finding that is a violation */
    Severity minSeverity() default Severity.WARNING;

    /** @return the field path the findings name (e.g. {@code summary}: also checks the summary is long enough to act on) */
    String field() default "text";

    /** Several {@link FactualLanguage} constraints on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        FactualLanguage[] value();
    }
}
