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
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.safeguardingkit.core.model.ConcernId;

/**
 * The incidents a sample keeps while the log streams past (internal): all of them, the n most recent, or per stratum
 * the n with the smallest priorities. Mergeable and independent of input order. Not thread-safe.
 */
public final class SampleReservoir {

    private static final Comparator<SampledIncident> RECENT_FIRST = Comparator
            .comparing(SampledIncident::occurredAt).reversed().thenComparing(SampledIncident::id);
    private static final Comparator<SampledIncident> BY_PRIORITY = Comparator
            .comparingLong(SampledIncident::priority).thenComparing(SampledIncident::id);

    private final Sampling sampling;
    private final SecretKeySpec seedKey;
    private Mac mac;
    private final Map<ConcernId, SampledIncident> all = new HashMap<>();
    private final TreeSet<SampledIncident> recent = new TreeSet<>(RECENT_FIRST);
    private final Map<String, TreeSet<SampledIncident>> strata = new TreeMap<>();
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
     * Offers an incident; the row is only built when the incident is kept.
     *
     * @param id the incident id
     * @param occurredAt when it occurred
     * @param stratum its stratum
     * @param build builds the held incident (row and quality findings)
     */
    public void offer(ConcernId id, Instant occurredAt, String stratum, Supplier<SampledIncident> build) {
        population++;
        switch (sampling.method()) {
            case ALL -> all.putIfAbsent(id, build.get());
            case MOST_RECENT -> {
                if (recent.size() >= sampling.size()) {
                    SampledIncident last = recent.last();
                    int cmp = occurredAt.compareTo(last.occurredAt());
                    if (cmp < 0 || (cmp == 0 && id.compareTo(last.id()) >= 0)) {
                        return;
                    }
                }
                keep(recent, build.get(), sampling.size());
            }
            case STRATIFIED -> {
                stratumPopulation.merge(stratum, 1L, Long::sum);
                long p = priority(id);
                TreeSet<SampledIncident> set = strata.computeIfAbsent(stratum, k -> new TreeSet<>(BY_PRIORITY));
                if (set.size() >= sampling.size()) {
                    SampledIncident last = set.last();
                    if (p > last.priority() || (p == last.priority() && id.compareTo(last.id()) >= 0)) {
                        return;
                    }
                }
                keep(set, build.get(), sampling.size());
            }
            default -> throw new IllegalStateException("unknown method " + sampling.method());
        }
    }

    private static void keep(TreeSet<SampledIncident> set, SampledIncident item, int limit) {
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
        for (SampledIncident s : other.recent) {
            keep(recent, s, sampling.size());
        }
        other.stratumPopulation.forEach((k, v) -> stratumPopulation.merge(k, v, Long::sum));
        other.strata.forEach((k, set) -> {
            TreeSet<SampledIncident> mine = strata.computeIfAbsent(k, x -> new TreeSet<>(BY_PRIORITY));
            for (SampledIncident s : set) {
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
     * @return the sampled incidents
     */
    public List<SampledIncident> sample() {
        List<SampledIncident> out = new ArrayList<>();
        switch (sampling.method()) {
            case ALL -> out.addAll(all.values());
            case MOST_RECENT -> out.addAll(recent);
            case STRATIFIED -> {
                Map<String, Long> allocation = allocate();
                strata.forEach((k, set) -> set.stream().limit(allocation.getOrDefault(k, 0L)).forEach(out::add));
            }
            default -> throw new IllegalStateException("unknown method " + sampling.method());
        }
        out.sort(Comparator.comparing(SampledIncident::occurredAt).thenComparing(SampledIncident::id));
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
