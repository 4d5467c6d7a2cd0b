/**
 * The v1 JSON format (API): {@link org.safeguardingkit.core.json.SafeguardingModule} for Jackson,
 * {@link org.safeguardingkit.core.json.ConcernJson} for one record and the streaming JSON Lines
 * {@link org.safeguardingkit.core.json.ConcernLogReader} / {@link org.safeguardingkit.core.json.ConcernLogWriter}.
 * Format errors are {@link org.safeguardingkit.core.json.RecordFormatException}s naming line and field.
 */
package org.safeguardingkit.core.json;
