package org.safeguardingkit.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * Not a test: reviews a generated log of N records (streamed, never held) to check the heap stays bounded. Run with
 * e.g. {@code java -Xmx256m -cp ... org.safeguardingkit.review.HeapCheck 1000000}.
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of records, and "parallel" to use a parallel stream
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean parallel = args.length > 1 && args[1].equals("parallel");
        String[] categories = {"behaviour.disruption", "behaviour.fighting", "bullying.verbal", "hsb.sexist-language",
            "hsb.image-sharing", "online.contact", "violence.weapon", "mental-health.anxiety"};
        String filler = " The pupil was seen near the lockers by a member of staff who asked what was happening;"
                + " she said that she did not want to talk about it and walked away towards the playground.";
        Stream<Concern> log = IntStream.range(0, n).mapToObj(i -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(i);
            Concern.Builder b = Fixtures.concern(String.format("c-%07d", i), "p-" + r.nextInt(3000), r.nextInt(365))
                    .summary("Olivia told Mr Smith about incident " + i + "." + filler)
                    .addCategory(categories[r.nextInt(categories.length)])
                    .location(r.nextBoolean() ? Location.of(Setting.ON_SITE, "place " + r.nextInt(200))
                            : Location.online("app " + r.nextInt(30)));
            if (r.nextInt(3) == 0) {
                b.addOtherPupil(OtherPupil.of(PupilId.of("p-" + r.nextInt(3000)), OtherPupilRole.VICTIM));
            }
            return b.build();
        });
        if (parallel) {
            log = log.parallel();
        }
        ReviewSettings.Builder builder = ReviewSettings.builder();
        if (args.length > 2) {
            builder.qualityRules(c -> java.util.Set.of());
        }
        ReviewSettings settings = builder.sampling(Sampling.stratified(50, 2026L))
                .clock(Clock.fixed(Instant.parse("2027-09-01T00:00:00Z"), ZoneOffset.UTC)).key(Fixtures.KEY).build();
        long t0 = System.nanoTime();
        Review review;
        if (parallel) {
            review = Review.of(log, settings);
        } else {
            ReviewAccumulator acc = ReviewAccumulator.of(settings);
            log.forEach(acc::add);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("add: %d ms, heap holding the partial review: %d MB%n",
                    (System.nanoTime() - t0) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            if (System.getProperty("pause") != null) {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            review = acc.toReview();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("records=%d rows=%d repeated=%d escalating=%d hotspots=%d groups=%d themes=%d time=%d ms"
                + " heapAfter=%d MB max=%d MB%n", review.sample().population(), review.rows().size(),
                review.trends().repeated().size(), review.trends().escalating().size(),
                review.trends().locations().size(), review.trends().peerGroups().size(),
                review.trends().themes().size(), ms, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
}
