package org.safeguardingkit.review.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.review.ReviewThresholds;

/**
 * Peer groups (internal). Two pupils are co-involved in an incident when one is the subject and the other is among
 * its other pupils, or both are other pupils. A link is strong when they were involved together on at least
 * {@code peerLinkMinDays} separate days (so one event recorded once per child counts once, and random one-off
 * co-involvements stay weak) and those days are at least {@code peerLinkMinShare} of the days on which the less
 * involved of the two was involved with anyone (so pupils involved with many others, at random, are not chained
 * through their chance repeats), and so many days together are unlikely by chance: the Poisson probability of at
 * least that many, with mean {@code da * db / (2 * L)} where {@code da} and {@code db} are the two pupils' link-days
 * with anyone and {@code L} all link-days of the log (pupils pairing up at random in proportion to how often each is
 * co-involved), is below {@code peerLinkMaxP}. So busy pupils need more shared days than occasional ones. Communities of the strong-link graph are found by label propagation, weighted by the
 * days of each link, visiting pupils in id order and breaking ties by the smallest label, so the result is
 * deterministic. Groups of at least {@code peerGroupMinSize} members are reported.
 */
final class PeerGroupFinder {

    private static final int MAX_ROUNDS = 100;
    private static final int GROUP_INCIDENTS = 10;

    private PeerGroupFinder() {
    }

    private static boolean strong(TrendAccumulator.Link link, java.util.Set<Long> a, java.util.Set<Long> b,
            double chance, ReviewThresholds t) {
        if (link.dayCount() < t.peerLinkMinDays() || a == null || b == null) {
            return false;
        }
        return link.dayCount() >= t.peerLinkMinShare() * Math.min(a.size(), b.size())
                && PoissonTail.atLeast(link.dayCount(), chance) < t.peerLinkMaxP();
    }

    static List<PeerGroup> find(TrendAccumulator acc, TrendContext context) {
        ReviewThresholds t = context.thresholds();
        Map<PupilId, java.util.Set<Long>> involvedDays = new java.util.HashMap<>();
        acc.links.forEach((pair, link) -> {
            if (link.dayCount() >= t.peerLinkMinDays()) {
                involvedDays.computeIfAbsent(pair.a(), k -> new java.util.HashSet<>());
                involvedDays.computeIfAbsent(pair.b(), k -> new java.util.HashSet<>());
            }
        });
        acc.links.forEach((pair, link) -> {
            java.util.Set<Long> a = involvedDays.get(pair.a());
            if (a != null) {
                a.addAll(link.days());
            }
            java.util.Set<Long> b = involvedDays.get(pair.b());
            if (b != null) {
                b.addAll(link.days());
            }
        });
        Map<PupilId, long[]> linkDays = new java.util.HashMap<>();
        long[] allLinkDays = new long[1];
        acc.links.forEach((pair, link) -> {
            linkDays.computeIfAbsent(pair.a(), k -> new long[1])[0] += link.dayCount();
            linkDays.computeIfAbsent(pair.b(), k -> new long[1])[0] += link.dayCount();
            allLinkDays[0] += 2L * link.dayCount();
        });
        Map<PupilId, Map<PupilId, Integer>> graph = new TreeMap<>();
        acc.links.forEach((pair, link) -> {
            double chance = link.dayCount() < t.peerLinkMinDays() ? 0.0
                    : (double) linkDays.get(pair.a())[0] * linkDays.get(pair.b())[0] / allLinkDays[0];
            if (strong(link, involvedDays.get(pair.a()), involvedDays.get(pair.b()), chance, t)) {
                graph.computeIfAbsent(pair.a(), k -> new TreeMap<>()).put(pair.b(), link.dayCount());
                graph.computeIfAbsent(pair.b(), k -> new TreeMap<>()).put(pair.a(), link.dayCount());
            }
        });
        Map<PupilId, PupilId> label = new TreeMap<>();
        for (PupilId p : graph.keySet()) {
            label.put(p, p);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (Map.Entry<PupilId, Map<PupilId, Integer>> node : graph.entrySet()) {
                Map<PupilId, Integer> weight = new TreeMap<>();
                node.getValue().forEach((nb, w) -> weight.merge(label.get(nb), w, Integer::sum));
                PupilId best = null;
                int bestWeight = -1;
                for (Map.Entry<PupilId, Integer> e : weight.entrySet()) {
                    if (e.getValue() > bestWeight) {
                        best = e.getKey();
                        bestWeight = e.getValue();
                    }
                }
                PupilId current = label.get(node.getKey());
                if (best != null && !best.equals(current)
                        && bestWeight > weight.getOrDefault(current, -1)) {
                    label.put(node.getKey(), best);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<PupilId, List<PupilId>> communities = new TreeMap<>();
        label.forEach((p, l) -> communities.computeIfAbsent(l, k -> new ArrayList<>()).add(p));
        List<PeerGroup> out = new ArrayList<>();
        for (List<PupilId> members : communities.values()) {
            if (members.size() < t.peerGroupMinSize()) {
                continue;
            }
            TreeSet<ConcernId> ids = new TreeSet<>();
            TreeSet<Long> days = new TreeSet<>();
            int links = 0;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    TrendAccumulator.Link link = acc.links.get(TrendAccumulator.PupilPair.of(members.get(i),
                            members.get(j)));
                    if (link != null && graph.containsKey(members.get(i))
                            && graph.get(members.get(i)).containsKey(members.get(j))) {
                        links++;
                        ids.addAll(link.ids());
                        days.addAll(link.days());
                    }
                }
            }
            List<String> names = new ArrayList<>();
            for (PupilId p : members) {
                names.add(context.anonymiser().pupil(p));
            }
            names.sort(null);
            out.add(new PeerGroup(names, links, ids.stream().limit(GROUP_INCIDENTS).toList(),
                    days.stream().map(LocalDate::ofEpochDay).toList()));
        }
        out.sort(Comparator.comparingInt((PeerGroup g) -> g.members().size()).reversed()
                .thenComparing(Comparator.comparingInt(PeerGroup::links).reversed())
                .thenComparing(g -> g.members().get(0)));
        return out;
    }
}
