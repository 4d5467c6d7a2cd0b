package org.safeguardingkit.examples.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of chance: a seeded {@link SplittableRandom} with the few draws the generator needs.
 * Not thread-safe; one per day of the log.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A well-mixed 64-bit value of several inputs (the SplitMix64 finaliser), for per-day and per-pupil seeds. */
    static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : values) {
            h ^= v;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int fromInclusive, int toExclusive) {
        return random.nextInt(fromInclusive, toExclusive);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
