package org.safeguardingkit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a concern happened. Where harm happens (toilets, a bus stop, a park, an online platform) is what lets a
 * school see hotspots.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param setting the kind of place
 * @param place free text, e.g. "canteen", "bus stop on Mill Road"
 * @param platform for {@link Setting#ONLINE}: "Snapchat", "WhatsApp group", ...
 */
public record Location(Optional<Setting> setting, Optional<String> place, Optional<String> platform) {

    /** Checks the fields. */
    public Location {
        setting = Objects.requireNonNullElse(setting, Optional.empty());
        place = Objects.requireNonNullElse(place, Optional.empty());
        platform = Objects.requireNonNullElse(platform, Optional.empty());
    }

    /**
     * A place of a setting.
     *
     * @param setting the setting
     * @param place the place
     * @return the location
     */
    public static Location of(Setting setting, String place) {
        return new Location(Optional.of(setting), Optional.ofNullable(place), Optional.empty());
    }

    /**
     * An online platform.
     *
     * @param platform the platform, e.g. "Snapchat"
     * @return the location
     */
    public static Location online(String platform) {
        return new Location(Optional.of(Setting.ONLINE), Optional.empty(), Optional.of(platform));
    }

    /**
     * Whether anything is recorded: a setting other than none, a non-blank place or platform.
     *
     * @return true if the location says something
     */
    public boolean isRecorded() {
        return setting.isPresent() || place.filter(p -> !p.isBlank()).isPresent()
                || platform.filter(p -> !p.isBlank()).isPresent();
    }
}
