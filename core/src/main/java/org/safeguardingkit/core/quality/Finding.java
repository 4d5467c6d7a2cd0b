package org.safeguardingkit.core.quality;

import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.core.text.TextSpan;

/**
 * One thing a rule found in a record: which rule, how serious, which field (a JSON-pointer-like path such as
 * {@code summary}, {@code decisions/0/rationale}, {@code childVoice/words}), which words (absent when the rule
 * points at a missing field), why, and what a better record would say.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule       the stable rule id, e.g. {@code child-voice}
 * @param severity   how serious
 * @param field      the field path
 * @param span       the words that triggered it, offsets into the field's text
 * @param message    why this is a finding
 * @param suggestion what a better record would say
 */
public record Finding(String rule, Severity severity, String field, Optional<TextSpan> span, String message,
                      Optional<String> suggestion) {

    /** Validates the finding. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("SGK-0402: finding rule must not be blank");
        }
        if (field.isBlank()) {
            throw new IllegalArgumentException("SGK-0403: finding field must not be blank");
        }
    }

    /**
     * A finding that points at words.
     *
     * @param rule rule id
     * @param severity severity
     * @param field field path
     * @param span the words
     * @param message why
     * @param suggestion a better record
     * @return the finding
     */
    public static Finding at(String rule, Severity severity, String field, TextSpan span, String message, String suggestion) {
        return new Finding(rule, severity, field, Optional.of(span), message, Optional.ofNullable(suggestion));
    }

    /**
     * A finding that points at a (missing) field.
     *
     * @param rule rule id
     * @param severity severity
     * @param field field path
     * @param message why
     * @param suggestion a better record
     * @return the finding
     */
    public static Finding onField(String rule, Severity severity, String field, String message, String suggestion) {
        return new Finding(rule, severity, field, Optional.empty(), message, Optional.ofNullable(suggestion));
    }

    /**
     * This finding with another severity (used when a rule set overrides a rule's severity).
     *
     * @param newSeverity the severity
     * @return a copy
     */
    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new Finding(rule, newSeverity, field, span, message, suggestion);
    }

    /**
     * This finding with the field path prefixed, e.g. {@code "decisions/0/"} + {@code "rationale"}.
     *
     * @param newField the new field path
     * @return a copy
     */
    public Finding withField(String newField) {
        return newField.equals(field) ? this : new Finding(rule, severity, newField, span, message, suggestion);
    }
}
