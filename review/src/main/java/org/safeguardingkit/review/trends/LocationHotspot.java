package org.safeguardingkit.review.trends;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Setting;

/**
 * A place or online platform with more incidents than expected (a Poisson z-score and a lift, count / expected), overall ({@code family = "all"}) or within a category family ({@code "hsb"}, {@code "online"},
 * {@code "violence"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param family {@code "all"}, {@code "hsb"}, {@code "online"} or {@code "violence"}
 * @param setting the setting, if recorded
 * @param place the normalised place text (redacted), for a physical place
 * @param platform the normalised platform, for an online location
 * @param count incidents at this place in the family
 * @param expected overall: all incidents spread evenly over the places (or platforms) of the log; in a family: the
 *        place's count among all incidents times the family's share of all incidents
 * @param z the Poisson z-score {@code (count - expected) / sqrt(expected)}
 * @param incidents example incident ids (at most five)
 */
public record LocationHotspot(String family, Optional<Setting> setting, Optional<String> place,
        Optional<String> platform, long count, double expected, double z, List<ConcernId> incidents) {

    /** Checks the fields. */
    public LocationHotspot {
        Objects.requireNonNull(family, "locations[].family is required");
        setting = Objects.requireNonNullElse(setting, Optional.empty());
        place = Objects.requireNonNullElse(place, Optional.empty());
        platform = Objects.requireNonNullElse(platform, Optional.empty());
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
