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
 * Location hotspots (internal): within each category family, physical places and online platforms are compared
 * separately; a place is a hotspot when its count is at least {@code hotspotMinCount} and its Poisson z-score against
 * the mean count per place, {@code (count - mean) / sqrt(mean)}, reaches {@code hotspotZ}.
 */
final class HotspotFinder {

    private HotspotFinder() {
    }

    private record Pool(String family, boolean platform) {
    }

    static List<LocationHotspot> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        Map<Pool, long[]> pools = new HashMap<>();
        acc.places.forEach((k, s) -> {
            long[] sum = pools.computeIfAbsent(new Pool(k.family(), k.platform()), x -> new long[2]);
            sum[0] += s.count;
            sum[1]++;
        });
        List<LocationHotspot> out = new ArrayList<>();
        acc.places.forEach((k, s) -> {
            long[] pool = pools.get(new Pool(k.family(), k.platform()));
            double mean = (double) pool[0] / pool[1];
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
