/**
 * In-memory implementations of the storage SPI (API): {@link org.safeguardingkit.core.memory.InMemoryConcernStore},
 * {@link org.safeguardingkit.core.memory.InMemoryPupilDirectory} and
 * {@link org.safeguardingkit.core.memory.InMemoryAuditLog}, the embedded default. All are thread-safe and pass the
 * conformance kit in core's test-jar; they keep nothing on disk.
 */
package org.safeguardingkit.core.memory;
