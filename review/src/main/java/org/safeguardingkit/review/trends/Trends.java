package org.safeguardingkit.review.trends;

import java.util.List;
import java.util.Objects;

/**
 * The trends of a review, computed on the whole period (not the sample), each citing incident ids.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param repeated pupils with repeated incidents in a window
 * @param escalating pupils whose incidents rise in severity or frequency
 * @param locations places and platforms with more incidents than expected, overall and per category family
 * @param peerGroups groups of pupils repeatedly involved together
 * @param themes categories whose weekly count spikes above their baseline
 * @param tags counts of vendor-supplied theme tags
 */
public record Trends(List<RepeatedPupil> repeated, List<EscalatingPupil> escalating, List<LocationHotspot> locations,
        List<PeerGroup> peerGroups, List<ThemeSpike> themes, List<TagCount> tags) {

    /** Checks the fields. */
    public Trends {
        repeated = List.copyOf(Objects.requireNonNullElse(repeated, List.of()));
        escalating = List.copyOf(Objects.requireNonNullElse(escalating, List.of()));
        locations = List.copyOf(Objects.requireNonNullElse(locations, List.of()));
        peerGroups = List.copyOf(Objects.requireNonNullElse(peerGroups, List.of()));
        themes = List.copyOf(Objects.requireNonNullElse(themes, List.of()));
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    }

    /**
     * No trends.
     *
     * @return empty trends
     */
    public static Trends none() {
        return new Trends(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
