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
 * Location hotspots (internal): physical places and online platforms are compared separately. Within a category
 * family (all incidents, HSB, online, violence) the expected count of a place is the family's incidents spread evenly
 * over all the places (or platforms) of the log; a place is a hotspot when its count in the family is at least
 * {@code hotspotMinCount} and its Poisson z-score {@code (count - expected) / sqrt(expected)} reaches
 * {@code hotspotZ}. So a bus stop where the fights concentrate stands out in "violence" even if it is the only place
 * fights are recorded.
 */
final class HotspotFinder {

    private HotspotFinder() {
    }

    private record Pool(String family, boolean platform) {
    }

    static List<LocationHotspot> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        Map<Pool, long[]> pools = new HashMap<>();
        long[] placesOfType = new long[2];
        acc.places.forEach((k, s) -> {
            pools.computeIfAbsent(new Pool(k.family(), k.platform()), x -> new long[1])[0] += s.count;
            if (k.family().equals(TrendAccumulator.FAMILIES.get(0))) {
                placesOfType[k.platform() ? 1 : 0]++;
            }
        });
        List<LocationHotspot> out = new ArrayList<>();
        acc.places.forEach((k, s) -> {
            long total = pools.get(new Pool(k.family(), k.platform()))[0];
            double mean = (double) total / Math.max(1, placesOfType[k.platform() ? 1 : 0]);
            double z = (s.count - mean) / Math.sqrt(mean);
            if (s.count >= t.hotspotMinCount() && z >= t.hotspotZ()) {
                out.add(new LocationHotspot(k.family(), setting(s.settings),
                        k.platform() ? Optional.empty() : Optional.of(k.text()),
                        k.platform() ? Optional.of(k.text()) : Optional.empty(), s.count,
                        EscalationFinder.round(mean), EscalationFinder.round(z), s.ids.list()));
            }
        });
        out.sort(Comparator.comparingInt((LocationHotspot h) -> TrendAccumulator.FAMILIES.indexOf(h.family()))
                .thenComparing(Comparator.comparingDouble(LocationHotspot::z).reversed())
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
