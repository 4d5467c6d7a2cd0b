package org.safeguardingkit.core.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalInt;

/**
 * Checks {@link YearGroup}. Stateless and thread-safe.
 */
public final class YearGroupValidator {

    /** The lowest year group, Nursery. */
    static final int NURSERY = -1;
    /** The highest year group. */
    static final int MAX = 14;

    private YearGroupValidator() {
    }

    static boolean inRange(int year) {
        return year >= NURSERY && year <= MAX;
    }

    /** Checks an {@code OptionalInt}: empty is valid. */
    public static final class ForOptionalInt implements ConstraintValidator<YearGroup, OptionalInt> {

        /** Creates the validator. */
        public ForOptionalInt() {
        }

        @Override
        public boolean isValid(OptionalInt value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || inRange(value.getAsInt());
        }
    }

    /** Checks an {@code Integer}: null is valid. */
    public static final class ForInteger implements ConstraintValidator<YearGroup, Integer> {

        /** Creates the validator. */
        public ForInteger() {
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || inRange(value);
        }
    }
}
