/**
 * The storage SPI: {@link org.safeguardingkit.core.spi.ConcernStore},
 * {@link org.safeguardingkit.core.spi.PupilDirectory} and {@link org.safeguardingkit.core.spi.AuditLog}, what a
 * vendor implements for their own database. Each implementation proves itself against the conformance kit in
 * core's test-jar.
 */
package org.safeguardingkit.core.spi;
