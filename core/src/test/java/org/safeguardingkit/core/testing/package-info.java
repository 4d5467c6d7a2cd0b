/**
 * Test support published in core's test-jar: sample records ({@link org.safeguardingkit.core.testing.SampleConcerns})
 * and the jqwik {@link org.safeguardingkit.core.testing.ConcernDomain} of valid concerns, for the property tests of
 * every module. Use it with a test-scoped dependency on {@code safeguarding-core} of type {@code test-jar}.
 */
package org.safeguardingkit.core.testing;
