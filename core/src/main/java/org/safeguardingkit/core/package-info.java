/**
 * Safeguarding Kit core: the concern record, its JSON format, the recording-quality rules, Jakarta Validation
 * constraints and the storage SPI. The root exception {@link org.safeguardingkit.core.SafeguardingException} lives here.
 */
package org.safeguardingkit.core;
