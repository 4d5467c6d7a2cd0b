package org.safeguardingkit.core.quality.rules;

import java.util.List;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Rule;
import org.safeguardingkit.core.quality.RuleContext;
import org.safeguardingkit.core.quality.Severity;

/**
 * Rule {@code location}: where it happened. Contextual safeguarding: recording where harm happens (toilets, bus
 * stop, park, an online platform) is what lets a school see hotspots.
 * <ul>
 *   <li>no location at all: WARNING ({@code location});</li>
 *   <li>recorded as {@code UNKNOWN} with no place: INFO, known to be unknown ({@code location/setting});</li>
 *   <li>{@code ONLINE} with no platform: INFO ({@code location/platform}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocationRule implements Rule {

    /** The rule id. */
    public static final String ID = "location";

    /**
     * The findings this rule makes: the same for every record, so made once (findings are immutable values) rather
     * than for each record.
     */
    private static final List<Finding> NOT_RECORDED = List.of(Finding.onField(ID, Severity.WARNING, "location",
            "No location is recorded.",
            "Record where it happened (setting and place, e.g. ON_SITE, \"Year 9 toilets\"; or the online "
                    + "platform), so hotspots can be seen across records."));
    private static final List<Finding> UNKNOWN = List.of(Finding.onField(ID, Severity.INFO, "location/setting",
            "The location is recorded as unknown.",
            "If anything is known (e.g. \"on the way home\", \"a party at a friend's house\"), record it as the place."));
    private static final List<Finding> NO_PLATFORM = List.of(Finding.onField(ID, Severity.INFO, "location/platform",
            "An online concern with no platform recorded.",
            "Name the platform or app (e.g. \"Snapchat\", \"class WhatsApp group\")."));

    /** Creates the rule. */
    public LocationRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Concern concern, RuleContext context) {
        Location loc = concern.location().orElse(null);
        if (loc == null || !loc.isRecorded()) {
            return NOT_RECORDED;
        }
        boolean place = loc.place().filter(p -> !p.isBlank()).isPresent();
        boolean platform = loc.platform().filter(p -> !p.isBlank()).isPresent();
        if (loc.setting().filter(s -> s == Setting.UNKNOWN).isPresent() && !place && !platform) {
            return UNKNOWN;
        }
        if (loc.setting().filter(s -> s == Setting.ONLINE).isPresent() && !platform) {
            return NO_PLATFORM;
        }
        return List.of();
    }
}
