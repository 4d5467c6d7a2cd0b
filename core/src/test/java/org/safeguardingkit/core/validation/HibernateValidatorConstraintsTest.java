package org.safeguardingkit.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;

/** The constraints through Hibernate Validator. */
class HibernateValidatorConstraintsTest extends ConstraintContract {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory().getValidator();

    @Override
    Validator validator() {
        return VALIDATOR;
    }
}
