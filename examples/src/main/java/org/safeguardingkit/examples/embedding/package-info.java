/**
 * Small, runnable programs that show how a vendor embeds the library (examples, quoted by the README; each has a
 * test that runs it and checks what it prints): checking a record ({@link CheckRecordExample}), validating the
 * vendor's own entity with the Jakarta annotations ({@link ValidateEntityExample}), keeping records in your own
 * database through the storage SPI ({@link OwnDatabaseExample}), running a review on a store
 * ({@link ReviewStoreExample}) and locking a trust taxonomy ({@link LockTaxonomyExample}).
 */
package org.safeguardingkit.examples.embedding;
