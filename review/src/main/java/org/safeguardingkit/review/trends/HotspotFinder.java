package org.safeguardingkit.review.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.ReviewThresholds;

/**
 * Location hotspots (internal): physical places and online platforms are compared separately. Among all incidents
 * the expected count of a place is the incidents spread evenly over all the places (or platforms) of the log. Within
 * a category family (HSB, online, violence) it is the place's count among all incidents times the family's share of
 * all incidents: a place is compared with itself, so a naturally busy place (classroom, corridor) is not a hotspot of
 * a family merely for being busy, and a bus stop where the fights concentrate stands out in "violence". (Platforms in
 * "online", which holds every platform incident, are spread evenly over the platforms, as among all.) A place is a
 * hotspot when its count is at least {@code hotspotMinCount}, at least {@code hotspotMinLift} times the expected count,
 * and its Poisson z-score {@code (count - expected) / sqrt(expected)} reaches {@code hotspotZ}. Hotspots are ranked by
 * lift (count / expected), then z, so the most concentrated come first.
 */
final class HotspotFinder {

    private static final String ONLINE = "online";

    private HotspotFinder() {
    }

    private record Pool(String family, boolean platform) {
    }

    static List<LocationHotspot> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        String all = TrendAccumulator.FAMILIES.get(0);
        Map<Pool, long[]> pools = new HashMap<>();
        long[] placesOfType = new long[2];
        acc.places.forEach((k, s) -> {
            pools.computeIfAbsent(new Pool(k.family(), k.platform()), x -> new long[1])[0] += s.count;
            if (k.family().equals(all)) {
                placesOfType[k.platform() ? 1 : 0]++;
            }
        });
        List<LocationHotspot> out = new ArrayList<>();
        acc.places.forEach((k, s) -> {
            double expected;
            if (k.family().equals(all) || k.platform() && k.family().equals(ONLINE)) {
                long total = pools.get(new Pool(k.family(), k.platform()))[0];
                expected = (double) total / Math.max(1, placesOfType[k.platform() ? 1 : 0]);
            } else {
                long family = pools.get(new Pool(k.family(), k.platform()))[0];
                long[] allOfType = pools.get(new Pool(all, k.platform()));
                TrendAccumulator.PlaceStats overall = acc.places.get(
                        new TrendAccumulator.PlaceKey(all, k.platform(), k.text()));
                if (allOfType == null || overall == null || allOfType[0] == 0) {
                    return;
                }
                expected = (double) overall.count * family / allOfType[0];
            }
            if (expected <= 0) {
                return;
            }
            double z = (s.count - expected) / Math.sqrt(expected);
            if (s.count >= t.hotspotMinCount() && s.count >= t.hotspotMinLift() * expected && z >= t.hotspotZ()) {
                out.add(new LocationHotspot(k.family(), setting(s.settings),
                        k.platform() ? Optional.empty() : Optional.of(k.text()),
                        k.platform() ? Optional.of(k.text()) : Optional.empty(), s.count,
                        EscalationFinder.round(expected), EscalationFinder.round(z), s.ids.list()));
            }
        });
        out.sort(Comparator.comparingDouble((LocationHotspot h) -> h.count() / h.expected()).reversed()
                .thenComparing(Comparator.comparingDouble(LocationHotspot::z).reversed())
                .thenComparingInt(h -> TrendAccumulator.FAMILIES.indexOf(h.family()))
                .thenComparing(h -> h.place().orElse(""))
                .thenComparing(h -> h.platform().orElse("")));
        return out;
    }

    private static Optional<Setting> setting(long[] counts) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(Setting.values()[best]);
    }
}
