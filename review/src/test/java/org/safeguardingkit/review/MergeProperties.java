package org.safeguardingkit.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * A review of a whole log equals the merge of the reviews of its parts, for any split; merging is commutative and
 * associative; the input order does not matter.
 */
class MergeProperties {

    private static final String[] CATEGORIES = {"behaviour.disruption", "behaviour.fighting", "bullying.verbal",
        "hsb.sexist-language", "hsb.image-sharing", "online.contact", "violence.weapon", "vendor-code"};
    private static final String[] PLACES = {"bus stop", "Canteen", "the field", "toilets", "Jack's house"};

    /** A random log from a seed: up to 80 incidents, 10 pupils, 2 schools, 120 days. */
    static List<Concern> log(long seed, int size) {
        Random r = new Random(seed);
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Concern.Builder b = Fixtures.concern("c-" + i, "p-" + r.nextInt(10), r.nextInt(120))
                    .schoolId(SchoolId.of(r.nextBoolean() ? "school-a" : "school-b"))
                    .summary("Olivia told Mr Smith that p-" + i + " was upset.");
            int cats = r.nextInt(3);
            for (int k = 0; k < cats; k++) {
                b.addCategory(CATEGORIES[r.nextInt(CATEGORIES.length)]);
            }
            switch (r.nextInt(4)) {
                case 0 -> b.location(Location.of(Setting.ON_SITE, PLACES[r.nextInt(PLACES.length)]));
                case 1 -> b.location(Location.online(r.nextBoolean() ? "Snapchat" : "TikTok"));
                default -> { }
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                b.addOtherPupil(OtherPupil.of(PupilId.of("p-" + r.nextInt(10)), OtherPupilRole.VICTIM));
            }
            if (r.nextBoolean()) {
                b.addResponse(Response.of(ResponseLevel.values()[r.nextInt(4)], ResponseType.values()[r.nextInt(8)],
                        "Talked to Jack"));
            }
            if (r.nextInt(3) == 0) {
                b.addAction(r.nextBoolean() ? Action.of("Call home") : Action.of("Call home", StaffId.of("s-3"),
                        Fixtures.START, ActionStatus.DONE));
            }
            if (r.nextInt(5) == 0) {
                b.addAgency(AgencyInvolvement.of(Agency.POLICE, "PCSO informed"));
            }
            if (r.nextInt(5) == 0) {
                b.addDecision(Decision.of(DecisionOutcome.MONITOR, null));
            }
            if (r.nextInt(4) == 0) {
                b.addTag(r.nextBoolean() ? "vaping" : "knife crime");
            }
            log.add(b.build());
        }
        return log;
    }

    @Provide
    Arbitrary<Sampling> samplings() {
        return Arbitraries.oneOf(Arbitraries.just(Sampling.all()),
                Arbitraries.integers().between(1, 15).map(Sampling::mostRecent),
                Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.longs())
                        .as(Sampling::stratified));
    }

    private static ReviewSettings settings(Sampling sampling) {
        return Fixtures.settings().sampling(sampling)
                .qualityRules(c -> c.location().isEmpty() ? java.util.Set.of("location") : java.util.Set.of())
                .build();
    }

    private static ReviewAccumulator part(ReviewSettings settings, List<Concern> concerns) {
        ReviewAccumulator acc = ReviewAccumulator.of(settings);
        concerns.forEach(acc::add);
        return acc;
    }

    @Property(tries = 100)
    void theReviewOfAWholeLogIsTheMergeOfItsParts(@ForAll long seed, @ForAll @IntRange(max = 80) int size,
            @ForAll("samplings") Sampling sampling, @ForAll @IntRange(max = 100) int splitPercent) {
        List<Concern> log = log(seed, size);
        ReviewSettings settings = settings(sampling);
        int split = log.size() * splitPercent / 100;
        Review whole = Review.of(log, settings);
        Review merged = part(settings, log.subList(0, split)).merge(part(settings, log.subList(split, log.size())))
                .toReview();
        assertThat(merged).isEqualTo(whole);
        Review swapped = part(settings, log.subList(split, log.size())).merge(part(settings, log.subList(0, split)))
                .toReview();
        assertThat(swapped).isEqualTo(whole);
    }

    @Property(tries = 60)
    void mergingIsAssociativeAndOrderDoesNotMatter(@ForAll long seed, @ForAll @IntRange(max = 60) int size,
            @ForAll("samplings") Sampling sampling, @ForAll @IntRange(max = 100) int a,
            @ForAll @IntRange(max = 100) int b) {
        List<Concern> log = log(seed, size);
        ReviewSettings settings = settings(sampling);
        int i = log.size() * Math.min(a, b) / 100;
        int j = log.size() * Math.max(a, b) / 100;
        List<Concern> x = log.subList(0, i);
        List<Concern> y = log.subList(i, j);
        List<Concern> z = log.subList(j, log.size());
        Review left = part(settings, x).merge(part(settings, y)).merge(part(settings, z)).toReview();
        Review right = part(settings, x).merge(part(settings, y).merge(part(settings, z))).toReview();
        assertThat(left).isEqualTo(right);
        List<Concern> shuffled = new ArrayList<>(log);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Review.of(shuffled, settings)).isEqualTo(left);
    }

    @Property(tries = 10)
    void aParallelStreamGivesTheSameReview(@ForAll long seed, @ForAll("samplings") Sampling sampling) {
        List<Concern> log = log(seed, 300);
        ReviewSettings settings = settings(sampling);
        assertThat(Review.of(log.parallelStream(), settings)).isEqualTo(Review.of(log.stream(), settings));
    }
}
