/**
 * The domain model (API): the concern record and its parts, as immutable values.
 *
 * <p>A {@link org.safeguardingkit.core.model.Concern} is about one child; other children appear only as
 * {@link org.safeguardingkit.core.model.OtherPupil} references. Identifiers are small value types
 * ({@link org.safeguardingkit.core.model.PupilId}, ...), optional fields are {@link java.util.Optional} and
 * lists are never null.
 */
package org.safeguardingkit.core.model;
