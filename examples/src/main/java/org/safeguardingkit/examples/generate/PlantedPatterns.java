package org.safeguardingkit.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.core.model.PupilId;

/**
 * What a {@link SyntheticLog} planted, so that a test or a demo can check that a review finds it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param peerGroup the pupils planted as a peer group, empty if none
 * @param hotspot the hotspot place (e.g. "bus stop on Fenwick Road"), if planted
 * @param escalating the escalating pupil, if planted
 * @param spikeCategory the category of the weekly spike, if planted
 * @param spikeWeek the Monday of the spike's week, if planted
 * @param spikeTag the theme tag carried by the spike's records, if planted
 */
public record PlantedPatterns(List<PupilId> peerGroup, Optional<String> hotspot, Optional<PupilId> escalating,
        Optional<String> spikeCategory, Optional<LocalDate> spikeWeek, Optional<String> spikeTag) {

    /** Checks the fields. */
    public PlantedPatterns {
        peerGroup = List.copyOf(Objects.requireNonNull(peerGroup, "peerGroup"));
        Objects.requireNonNull(hotspot, "hotspot");
        Objects.requireNonNull(escalating, "escalating");
        Objects.requireNonNull(spikeCategory, "spikeCategory");
        Objects.requireNonNull(spikeWeek, "spikeWeek");
        Objects.requireNonNull(spikeTag, "spikeTag");
    }
}
