package org.safeguardingkit.review.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.engine.Normal;

/**
 * Escalation (internal), for pupils with at least {@code escalationMinIncidents} incidents:
 *
 * <ul>
 * <li>severity: the Mann-Kendall trend test on the severities of the pupil's incidents in time order (incidents on
 * the same day are ties in time and are not compared); S with the tie-corrected variance and a continuity
 * correction; one-sided;</li>
 * <li>frequency: the incidents in the later half of the days covered against the earlier half; under a constant rate
 * the later count is binomial with p = later days / all days; one-sided normal score; and the later rate must be at
 * least {@code escalationMinRatio} times the earlier rate.</li>
 * </ul>
 *
 * A pupil escalates when the score reaches {@code escalationZ}. Many incidents spread evenly do not escalate.
 */
final class EscalationFinder {

    private EscalationFinder() {
    }

    static List<EscalatingPupil> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        List<EscalatingPupil> out = new ArrayList<>();
        long first = context.firstDay().toEpochDay();
        long days = context.lastDay().toEpochDay() - first + 1;
        for (Map.Entry<PupilId, PupilTimeline> e : acc.timelines.entrySet()) {
            if (e.getValue().size() < t.escalationMinIncidents()) {
                continue;
            }
            PupilTimeline.Entry[] items = e.getValue().sorted();
            String pupil = context.anonymiser().pupil(e.getKey());
            severity(pupil, items, t).ifPresent(out::add);
            if (days >= 2) {
                frequency(pupil, items, first, days, t).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(EscalatingPupil::z).reversed()
                .thenComparing(EscalatingPupil::pupil).thenComparing(EscalatingPupil::basis));
        return out;
    }

    private static java.util.Optional<EscalatingPupil> severity(String pupil, PupilTimeline.Entry[] all,
            ReviewThresholds t) {
        List<PupilTimeline.Entry> items = new ArrayList<>();
        for (PupilTimeline.Entry e : all) {
            if (e.severity() > 0) {
                items.add(e);
            }
        }
        int n = items.size();
        if (n < t.escalationMinIncidents()) {
            return java.util.Optional.empty();
        }
        long[] before = new long[8];
        long s = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && items.get(j).day() == items.get(i).day()) {
                j++;
            }
            for (int k = i; k < j; k++) {
                int sev = items.get(k).severity();
                for (int v = 0; v < before.length; v++) {
                    if (v < sev) {
                        s += before[v];
                    } else if (v > sev) {
                        s -= before[v];
                    }
                }
            }
            for (int k = i; k < j; k++) {
                before[items.get(k).severity()]++;
            }
            i = j;
        }
        double variance = n * (n - 1.0) * (2.0 * n + 5.0);
        for (long tie : before) {
            variance -= tie * (tie - 1.0) * (2.0 * tie + 5.0);
        }
        variance /= 18.0;
        if (s <= 0 || variance <= 0) {
            return java.util.Optional.empty();
        }
        double z = (s - 1) / Math.sqrt(variance);
        if (z < t.escalationZ()) {
            return java.util.Optional.empty();
        }
        int half = n / 2;
        double earlier = 0;
        double later = 0;
        for (int k = 0; k < n; k++) {
            if (k < half) {
                earlier += items.get(k).severity();
            } else {
                later += items.get(k).severity();
            }
        }
        earlier /= Math.max(1, half);
        later /= Math.max(1, n - half);
        return java.util.Optional.of(new EscalatingPupil(pupil, EscalationBasis.SEVERITY, all.length, s, round(z),
                round(Normal.upperTail(z)), round(earlier), round(later), latest(items, t.examples())));
    }

    private static java.util.Optional<EscalatingPupil> frequency(String pupil, PupilTimeline.Entry[] items,
            long first, long days, ReviewThresholds t) {
        long earlierDays = days / 2;
        long mid = first + earlierDays;
        double p = (double) (days - earlierDays) / days;
        int n = items.length;
        int later = 0;
        for (PupilTimeline.Entry e : items) {
            if (e.day() >= mid) {
                later++;
            }
        }
        double sd = Math.sqrt(n * p * (1 - p));
        if (sd == 0) {
            return java.util.Optional.empty();
        }
        double z = (later - n * p) / sd;
        int earlier = n - later;
        boolean rateRises = earlier == 0
                || (double) later / (days - earlierDays) >= t.escalationMinRatio() * earlier / earlierDays;
        if (z < t.escalationZ() || !rateRises) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new EscalatingPupil(pupil, EscalationBasis.FREQUENCY, n, later, round(z),
                round(Normal.upperTail(z)), n - later, later, latest(List.of(items), t.examples())));
    }

    private static List<ConcernId> latest(List<PupilTimeline.Entry> items, int limit) {
        List<ConcernId> out = new ArrayList<>();
        for (int k = items.size() - 1; k >= 0 && out.size() < limit; k--) {
            out.add(items.get(k).id());
        }
        return out;
    }

    static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
