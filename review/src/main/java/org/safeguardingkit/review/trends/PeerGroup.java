package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * Pupils repeatedly involved together: a community of the graph whose edges are strong co-involvement links
 * (pupils involved together on at least the threshold number of separate days).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param members the members' pseudonyms, sorted
 * @param links the number of strong links between members
 * @param incidents the incidents that link them (at most ten)
 * @param dates the dates on which members were involved together, sorted
 */
public record PeerGroup(List<String> members, int links, List<ConcernId> incidents, List<LocalDate> dates) {

    /** Checks the fields. */
    public PeerGroup {
        members = List.copyOf(Objects.requireNonNullElse(members, List.of()));
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
        dates = List.copyOf(Objects.requireNonNullElse(dates, List.of()));
    }
}
