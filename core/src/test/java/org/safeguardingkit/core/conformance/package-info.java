/**
 * The conformance kit for the storage SPI, published in core's test-jar: abstract JUnit 5 (and jqwik) classes that
 * any implementation extends with one factory method. {@link org.safeguardingkit.core.conformance.ConcernStoreContract},
 * {@link org.safeguardingkit.core.conformance.PupilDirectoryContract} and
 * {@link org.safeguardingkit.core.conformance.AuditLogContract}. Every test names the numbered clause of
 * {@code docs/storage.md} it checks (C1..., D1..., A1...).
 */
package org.safeguardingkit.core.conformance;
