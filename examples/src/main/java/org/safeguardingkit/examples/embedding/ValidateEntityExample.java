package org.safeguardingkit.examples.embedding;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safeguardingkit.core.quality.Severity;
import org.safeguardingkit.core.validation.FactualLanguage;

/**
 * Validating a vendor's own entity with the library's Jakarta Validation constraints (Hibernate Validator here):
 * the form's free-text field must be written as fact. The vendor's entity does not have to be a {@code Concern}.
 *
 * <pre>{@code
 * public record IncidentForm(
 *         @NotBlank String pupilId,
 *         @NotNull @FactualLanguage(field = "summary") String whatHappened) { }
 *
 * Set<ConstraintViolation<IncidentForm>> violations = validator.validate(form);
 * }</pre>
 */
public final class ValidateEntityExample {

    private ValidateEntityExample() {
    }

    /**
     * The vendor's own form object, annotated.
     *
     * @param pupilId the pupil
     * @param whatHappened the free text, checked as a summary
     */
    public record IncidentForm(
            @NotBlank String pupilId,
            @NotNull @FactualLanguage(field = "summary", minSeverity = Severity.WARNING) String whatHappened) {
    }

    /**
     * Validates a form written as opinion and one written as fact, printing the violations.
     *
     * @param out where to print
     * @return the violations of the first form
     */
    public static List<String> run(PrintStream out) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            IncidentForm opinion = new IncidentForm("p-42", "She was being defiant and rude to staff all lunchtime.");
            IncidentForm fact = new IncidentForm("p-42", "At 12:40 in the canteen she said \"I'm not moving\" and"
                    + " stayed seated when asked twice to return her tray.");

            List<String> messages = report(validator.validate(opinion), "opinion", out);
            report(validator.validate(fact), "fact", out);
            return messages;
        }
    }

    private static List<String> report(Set<ConstraintViolation<IncidentForm>> violations, String name,
            PrintStream out) {
        out.println("Form written as " + name + ": " + violations.size() + " violation(s)");
        List<String> messages = violations.stream()
                .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
        messages.forEach(m -> out.println("- " + m));
        return messages;
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
