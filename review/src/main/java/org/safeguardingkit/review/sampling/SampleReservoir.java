package org.safeguardingkit.review.sampling;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;

/**
 * The incidents a sample keeps while the log streams past (internal): all of them, the n most recent, or per stratum
 * the n with the smallest priorities. Mergeable and independent of input order. Not thread-safe.
 *
 * <p>It holds only the current candidates (the records themselves, no rows): a record pushed out by a better candidate
 * costs nothing more, and rows and quality findings are built for the final sample only.
 */
public final class SampleReservoir {

    private static final Comparator<SampleCandidate> RECENT_FIRST = Comparator
            .comparing(SampleCandidate::occurredAt).reversed().thenComparing(SampleCandidate::id);
    private static final Comparator<SampleCandidate> BY_PRIORITY = Comparator
            .comparingLong(SampleCandidate::priority).thenComparing(SampleCandidate::id);

    private final Sampling sampling;
    private final SecretKeySpec seedKey;
    private Mac mac;
    private final Map<ConcernId, SampleCandidate> all = new HashMap<>();
    private final TreeSet<SampleCandidate> recent = new TreeSet<>(RECENT_FIRST);
    private final Map<String, TreeSet<SampleCandidate>> strata = new TreeMap<>();
    private final Map<String, Long> stratumPopulation = new TreeMap<>();
    private long population;

    /**
     * An empty reservoir.
     *
     * @param sampling the sampling
     */
    public SampleReservoir(Sampling sampling) {
        this.sampling = sampling;
        byte[] seed = new byte[8];
        long s = sampling.seed().orElse(0L);
        for (int i = 0; i < 8; i++) {
            seed[i] = (byte) (s >>> (56 - 8 * i));
        }
        this.seedKey = new SecretKeySpec(seed, "HmacSHA256");
    }

    /**
     * The sampling priority of an incident: the first 63 bits of HMAC-SHA256(seed, id).
     *
     * @param id the incident id
     * @return the priority
     */
    public long priority(ConcernId id) {
        try {
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(seedKey);
            }
            byte[] h = mac.doFinal(id.value().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v >>> 1;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Offers a record; it is kept only while it is a candidate.
     *
     * @param concern the record
     * @param stratum its stratum
     */
    public void offer(Concern concern, String stratum) {
        population++;
        ConcernId id = concern.id();
        switch (sampling.method()) {
            case ALL -> all.putIfAbsent(id, new SampleCandidate(id, concern.occurredAt(), 0L, stratum, concern));
            case MOST_RECENT -> {
                Instant occurredAt = concern.occurredAt();
                if (recent.size() >= sampling.size()) {
                    SampleCandidate last = recent.last();
                    int cmp = occurredAt.compareTo(last.occurredAt());
                    if (cmp < 0 || (cmp == 0 && id.compareTo(last.id()) >= 0)) {
                        return;
                    }
                }
                keep(recent, new SampleCandidate(id, occurredAt, 0L, stratum, concern), sampling.size());
            }
            case STRATIFIED -> {
                stratumPopulation.merge(stratum, 1L, Long::sum);
                long p = priority(id);
                TreeSet<SampleCandidate> set = strata.computeIfAbsent(stratum, k -> new TreeSet<>(BY_PRIORITY));
                if (set.size() >= sampling.size()) {
                    SampleCandidate last = set.last();
                    if (p > last.priority() || (p == last.priority() && id.compareTo(last.id()) >= 0)) {
                        return;
                    }
                }
                keep(set, new SampleCandidate(id, concern.occurredAt(), p, stratum, concern), sampling.size());
            }
            default -> throw new IllegalStateException("unknown method " + sampling.method());
        }
    }

    private static void keep(TreeSet<SampleCandidate> set, SampleCandidate item, int limit) {
        if (set.add(item) && set.size() > limit) {
            set.pollLast();
        }
    }

    /**
     * Adds another reservoir's incidents to this one.
     *
     * @param other the other reservoir (same sampling)
     * @return this
     */
    public SampleReservoir merge(SampleReservoir other) {
        population += other.population;
        other.all.forEach(all::putIfAbsent);
        for (SampleCandidate s : other.recent) {
            keep(recent, s, sampling.size());
        }
        other.stratumPopulation.forEach((k, v) -> stratumPopulation.merge(k, v, Long::sum));
        other.strata.forEach((k, set) -> {
            TreeSet<SampleCandidate> mine = strata.computeIfAbsent(k, x -> new TreeSet<>(BY_PRIORITY));
            for (SampleCandidate s : set) {
                keep(mine, s, sampling.size());
            }
        });
        return this;
    }

    /**
     * The incidents offered.
     *
     * @return the population
     */
    public long population() {
        return population;
    }

    /**
     * The sample, oldest first (then by id). A stratified sample allocates its size to the strata in proportion to
     * their populations, by largest remainders (ties by stratum name).
     *
     * @return the sampled records
     */
    public List<SampleCandidate> sample() {
        List<SampleCandidate> out = new ArrayList<>();
        switch (sampling.method()) {
            case ALL -> out.addAll(all.values());
            case MOST_RECENT -> out.addAll(recent);
            case STRATIFIED -> {
                Map<String, Long> allocation = allocate();
                strata.forEach((k, set) -> set.stream().limit(allocation.getOrDefault(k, 0L)).forEach(out::add));
            }
            default -> throw new IllegalStateException("unknown method " + sampling.method());
        }
        out.sort(Comparator.comparing(SampleCandidate::occurredAt).thenComparing(SampleCandidate::id));
        return out;
    }

    private Map<String, Long> allocate() {
        long total = 0;
        for (long v : stratumPopulation.values()) {
            total += v;
        }
        long n = Math.min(sampling.size(), total);
        Map<String, Long> allocation = new TreeMap<>();
        if (total == 0) {
            return allocation;
        }
        long given = 0;
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        for (Map.Entry<String, Long> e : stratumPopulation.entrySet()) {
            long quota = Math.multiplyExact(n, e.getValue());
            allocation.put(e.getKey(), quota / total);
            given += quota / total;
            remainders.add(Map.entry(e.getKey(), quota % total));
        }
        remainders.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < n - given; i++) {
            allocation.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return allocation;
    }
}
