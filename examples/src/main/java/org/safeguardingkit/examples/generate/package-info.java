/**
 * A synthetic, FICTIONAL school behaviour and safeguarding log for tests, demos and benchmarks (API).
 *
 * <p>{@link org.safeguardingkit.examples.generate.SyntheticLog} streams v1 {@code Concern} records in constant memory,
 * deterministically for a seed: categories of {@code sgkit-default} at realistic frequencies, year groups and sexes,
 * places and online platforms, responses, actions, decisions and free text of varied recording quality with
 * fictional names in it. Patterns can be planted ({@link org.safeguardingkit.examples.generate.Plant}) and gaps made
 * ({@link org.safeguardingkit.examples.generate.Gap}) so that a review has something known to find.
 *
 * <pre>{@code
 * SyntheticLog log = SyntheticLog.builder().pupils(600).days(320).seed(7)
 *         .plant(Plant.PEER_GROUP, Plant.HOTSPOT).build();
 * try (Stream<Concern> records = log.stream()) {
 *     records.forEach(store::save);
 * }
 * }</pre>
 *
 * <p>The scenario book (what happens, where, what staff write) is the resource {@code scenarios.yaml} beside these
 * classes. Only {@code SyntheticLog}, {@code Plant}, {@code Gap} and {@code PlantedPatterns} are API.
 */
package org.safeguardingkit.examples.generate;
