package org.safeguardingkit.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.apache.bval.jsr.ApacheValidationProvider;

/** The same constraints through Apache BVal: they are portable. */
class ApacheBValConstraintsTest extends ConstraintContract {

    private static final Validator VALIDATOR = Validation.byProvider(ApacheValidationProvider.class).configure()
            .buildValidatorFactory().getValidator();

    @Override
    Validator validator() {
        return VALIDATOR;
    }
}
