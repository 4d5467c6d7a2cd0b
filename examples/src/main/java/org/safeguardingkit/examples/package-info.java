/**
 * Runnable examples built on the library: the {@code sgkit} command line, MIS CSV import, a synthetic log generator,
 * a JDBC store and embedding examples.
 */
package org.safeguardingkit.examples;
