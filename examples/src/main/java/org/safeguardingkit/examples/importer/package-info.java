/**
 * Importing MIS exports (CSV, also Excel saved as CSV) into v1 records (API of the examples module).
 *
 * <p>An {@link org.safeguardingkit.examples.importer.ImportMapping} (YAML) says which column holds which field,
 * how dates are written, how values and category labels translate and how ids are derived;
 * {@link org.safeguardingkit.examples.importer.MisImporter} reads the export (Jackson CSV; encoding detected), writes
 * JSON Lines and returns an {@link org.safeguardingkit.examples.importer.ImportReport} that accounts for every row:
 * imported or rejected (row, column, reason), with warnings. Reports and logs never contain names or free text.
 */
package org.safeguardingkit.examples.importer;
