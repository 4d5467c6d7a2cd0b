/**
 * A storage SPI implementation over plain JDBC (example, also a template for vendors):
 * {@link org.safeguardingkit.examples.jdbc.JdbcConcernStore}, {@link org.safeguardingkit.examples.jdbc.JdbcPupilDirectory}
 * and {@link org.safeguardingkit.examples.jdbc.JdbcAuditLog}, with the schema created by Flyway migrations
 * ({@link org.safeguardingkit.examples.jdbc.JdbcSchema}). Runs on H2 (embedded) and PostgreSQL; both pass the core
 * conformance kit.
 */
package org.safeguardingkit.examples.jdbc;
