package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.review.ReviewThresholds;

/**
 * Repeated incidents (internal): pupils with at least {@code repeatedCount} incidents as the subject child within
 * any {@code repeatedWindowDays} consecutive days, found exactly with a sliding window over each pupil's sorted days.
 */
final class RepeatedFinder {

    private RepeatedFinder() {
    }

    static List<RepeatedPupil> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        List<RepeatedPupil> out = new ArrayList<>();
        for (Map.Entry<PupilId, PupilTimeline> e : acc.timelines.entrySet()) {
            if (e.getValue().size() < t.repeatedCount()) {
                continue;
            }
            PupilTimeline.Entry[] items = e.getValue().sorted();
            int bestStart = 0;
            int bestEnd = -1;
            int start = 0;
            for (int end = 0; end < items.length; end++) {
                while (items[end].day() - items[start].day() >= t.repeatedWindowDays()) {
                    start++;
                }
                if (end - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = end;
                }
            }
            int max = bestEnd - bestStart + 1;
            if (max >= t.repeatedCount()) {
                List<ConcernId> ids = new ArrayList<>();
                for (int i = bestStart; i <= bestEnd && ids.size() < t.examples(); i++) {
                    ids.add(items[i].id());
                }
                out.add(new RepeatedPupil(context.anonymiser().pupil(e.getKey()), max, t.repeatedWindowDays(),
                        LocalDate.ofEpochDay(items[bestStart].day()), LocalDate.ofEpochDay(items[bestEnd].day()),
                        items.length, ids));
            }
        }
        out.sort(Comparator.comparingInt(RepeatedPupil::maxInWindow).reversed()
                .thenComparing(Comparator.comparingInt(RepeatedPupil::total).reversed())
                .thenComparing(RepeatedPupil::pupil));
        return out;
    }
}
