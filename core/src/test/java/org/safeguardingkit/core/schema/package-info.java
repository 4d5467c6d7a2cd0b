/**
 * Tests that the JSON Schemas of {@code docs/schema} accept what the library writes, reject what it rejects, and
 * agree with the Java model. The schemas are copied into the test classpath under this package's path by the build.
 */
package org.safeguardingkit.core.schema;
