package org.safeguardingkit.review.trends;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Setting;

/**
 * A place or online platform with more incidents than expected: its count against the mean per place (a Poisson
 * z-score), overall ({@code family = "all"}) or within a category family ({@code "hsb"}, {@code "online"},
 * {@code "violence"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param family {@code "all"}, {@code "hsb"}, {@code "online"} or {@code "violence"}
 * @param setting the setting, if recorded
 * @param place the normalised place text (redacted), for a physical place
 * @param platform the normalised platform, for an online location
 * @param count incidents at this place in the family
 * @param expected the family's incidents spread evenly over all places (or platforms) of the log
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
