/**
 * Jakarta Validation constraints on the domain model (API): the structural rules that need more than one field, such
 * as {@link org.safeguardingkit.core.model.constraints.RecordedNotBeforeOccurred}. Field-level rules use the standard
 * constraints ({@code @NotBlank}, {@code @PastOrPresent}, ...) directly on the record components of
 * {@link org.safeguardingkit.core.model}. Any Jakarta Validation 3 provider runs them (Hibernate Validator, Apache
 * BVal); "now" comes from the provider's {@link jakarta.validation.ClockProvider}.
 *
 * <p>These constraints check the structure of a record, not the quality of its writing: that is the job of the
 * recording-quality rules.
 */
package org.safeguardingkit.core.model.constraints;
