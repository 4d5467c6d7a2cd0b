package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.engine.CategoryInfo;

/**
 * Theme spikes (internal): for each category, each week (Monday to Sunday) of the days covered is compared with the
 * category's baseline, its mean weekly count over the other weeks. A week spikes when its count is at least
 * {@code themeMinCount}, at least {@code themeMinRatio} times the baseline, and its Poisson z-score
 * {@code (count - baseline) / sqrt(max(baseline, 0.5))} reaches {@code themeZ} and a count this large has a Poisson
 * probability (mean {@code max(baseline, 0.5)}) below {@code themeMaxP}, so a rare category's few incidents falling
 * in one week, which happens somewhere among many categories and weeks, is not a spike. Consecutive spike weeks form one
 * spike. Nothing is reported with fewer than {@code themeMinWeeks} weeks.
 */
final class ThemeFinder {

    private ThemeFinder() {
    }

    static List<ThemeSpike> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        long firstWeek = TrendAccumulator.weekStart(context.firstDay());
        long lastWeek = TrendAccumulator.weekStart(context.lastDay());
        long weeks = (lastWeek - firstWeek) / 7 + 1;
        List<ThemeSpike> out = new ArrayList<>();
        if (weeks < t.themeMinWeeks()) {
            return out;
        }
        for (Map.Entry<String, TreeMap<Long, TrendAccumulator.WeekCell>> e : acc.weekly.entrySet()) {
            long total = 0;
            for (TrendAccumulator.WeekCell c : e.getValue().values()) {
                total += c.count;
            }
            List<Long> spikeWeeks = new ArrayList<>();
            Map<Long, Double> zs = new TreeMap<>();
            for (Map.Entry<Long, TrendAccumulator.WeekCell> w : e.getValue().entrySet()) {
                long x = w.getValue().count;
                if (w.getKey() < firstWeek || w.getKey() > lastWeek || x < t.themeMinCount()) {
                    continue;
                }
                double baseline = (double) (total - x) / (weeks - 1);
                double z = (x - baseline) / Math.sqrt(Math.max(baseline, 0.5));
                if (x >= t.themeMinRatio() * baseline && z >= t.themeZ()
                        && PoissonTail.atLeast(x, Math.max(baseline, 0.5)) < t.themeMaxP()) {
                    spikeWeeks.add(w.getKey());
                    zs.put(w.getKey(), z);
                }
            }
            CategoryInfo info = acc.categories.get(e.getKey());
            int i = 0;
            while (i < spikeWeeks.size()) {
                int j = i;
                while (j + 1 < spikeWeeks.size() && spikeWeeks.get(j + 1) - spikeWeeks.get(j) == 7) {
                    j++;
                }
                long count = 0;
                double maxZ = 0;
                TreeSet<ConcernId> ids = new TreeSet<>();
                for (int k = i; k <= j; k++) {
                    TrendAccumulator.WeekCell cell = e.getValue().get(spikeWeeks.get(k));
                    count += cell.count;
                    maxZ = Math.max(maxZ, zs.get(spikeWeeks.get(k)));
                    ids.addAll(cell.ids.list());
                }
                long runWeeks = j - i + 1L;
                double baseline = weeks > runWeeks ? (double) (total - count) / (weeks - runWeeks) : 0.0;
                out.add(new ThemeSpike(e.getKey(), info.label(), LocalDate.ofEpochDay(spikeWeeks.get(i)),
                        LocalDate.ofEpochDay(spikeWeeks.get(j) + 6), count, EscalationFinder.round(baseline),
                        EscalationFinder.round(maxZ), ids.stream().limit(t.examples()).toList()));
                i = j + 1;
            }
        }
        out.sort(Comparator.comparing(ThemeSpike::from).thenComparing(ThemeSpike::category));
        return out;
    }
}
