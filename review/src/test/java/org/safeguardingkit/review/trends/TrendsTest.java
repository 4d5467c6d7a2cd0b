package org.safeguardingkit.review.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardingkit.review.Fixtures.START;
import static org.safeguardingkit.review.Fixtures.concern;
import static org.safeguardingkit.review.Fixtures.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.anonymise.Pseudonyms;
import org.safeguardingkit.review.Fixtures;

class TrendsTest {

    private static final Pseudonyms NAMES = Pseudonyms.of(Fixtures.KEY);

    private static String pseudonym(String pupil) {
        return NAMES.pupil(PupilId.of(pupil));
    }

    private static Trends trends(List<Concern> log) {
        return Review.of(log, settings().build()).trends();
    }

    /** A background of unremarkable incidents over 15 weeks: one pupil each, spread out. */
    private static List<Concern> background(int n) {
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            log.add(concern("bg-" + i, "bg-pupil-" + i, (i * 7) % 105).addCategory("behaviour.disruption")
                    .location(Location.of(Setting.ON_SITE, "room " + i)).build());
        }
        return log;
    }

    @Test
    void repeatedFindsThreeIncidentsWithinThirtyDaysExactly() {
        List<Concern> log = background(30);
        log.add(concern("r-1", "p-rep", 10).addCategory("bullying.verbal").build());
        log.add(concern("r-2", "p-rep", 25).addCategory("bullying.verbal").build());
        log.add(concern("r-3", "p-rep", 39).addCategory("bullying.verbal").build());
        // 3 incidents, but never 3 within 30 days (0, 30, 60)
        log.add(concern("s-1", "p-spread", 0).addCategory("bullying.verbal").build());
        log.add(concern("s-2", "p-spread", 30).addCategory("bullying.verbal").build());
        log.add(concern("s-3", "p-spread", 60).addCategory("bullying.verbal").build());
        Trends trends = trends(log);
        assertThat(trends.repeated()).singleElement().satisfies(r -> {
            assertThat(r.pupil()).isEqualTo(pseudonym("p-rep"));
            assertThat(r.maxInWindow()).isEqualTo(3);
            assertThat(r.from()).isEqualTo(START.plusDays(10));
            assertThat(r.to()).isEqualTo(START.plusDays(39));
            assertThat(r.incidents()).containsExactly(ConcernId.of("r-1"), ConcernId.of("r-2"), ConcernId.of("r-3"));
        });
    }

    @Test
    void theRepeatedWindowIsConfigurable() {
        List<Concern> log = background(10);
        log.add(concern("s-1", "p-spread", 0).build());
        log.add(concern("s-2", "p-spread", 30).build());
        log.add(concern("s-3", "p-spread", 60).build());
        ReviewSettings wide = settings().thresholds(org.safeguardingkit.review.ReviewThresholds.defaults()
                .toBuilder().repeatedWindowDays(61).build()).build();
        assertThat(Review.of(log, wide).trends().repeated()).extracting(RepeatedPupil::pupil)
                .containsExactly(pseudonym("p-spread"));
    }

    @Test
    void risingSeverityEscalatesButManyFlatIncidentsDoNot() {
        List<Concern> log = background(30);
        String[] rising = {"behaviour.disruption", "behaviour.disruption", "bullying.verbal", "bullying.verbal",
            "bullying.physical", "hsb.sexual-harassment", "hsb.sexual-harassment", "violence.weapon"};
        for (int i = 0; i < rising.length; i++) {
            log.add(concern("e-" + i, "p-esc", i * 13).addCategory(rising[i]).build());
        }
        for (int i = 0; i < 12; i++) {
            log.add(concern("f-" + i, "p-flat", i * 9).addCategory("bullying.physical").build());
        }
        List<EscalatingPupil> escalating = trends(log).escalating();
        assertThat(escalating).filteredOn(e -> e.basis() == EscalationBasis.SEVERITY).singleElement()
                .satisfies(e -> {
                    assertThat(e.pupil()).isEqualTo(pseudonym("p-esc"));
                    assertThat(e.z()).isGreaterThanOrEqualTo(2.326);
                    assertThat(e.pValue()).isLessThan(0.01);
                    assertThat(e.later()).isGreaterThan(e.earlier());
                    assertThat(e.incidents()).startsWith(ConcernId.of("e-7"));
                });
        assertThat(escalating).extracting(EscalatingPupil::pupil).doesNotContain(pseudonym("p-flat"));
    }

    @Test
    void incidentsCrowdingIntoTheLaterHalfEscalateInFrequency() {
        List<Concern> log = background(30);
        log.add(concern("q-0", "p-freq", 2).addCategory("behaviour.defiance").build());
        for (int i = 0; i < 9; i++) {
            log.add(concern("q-" + (i + 1), "p-freq", 75 + i * 3).addCategory("behaviour.defiance").build());
        }
        // as many incidents, spread evenly: not escalating
        for (int i = 0; i < 10; i++) {
            log.add(concern("v-" + i, "p-even", i * 10).addCategory("behaviour.defiance").build());
        }
        List<EscalatingPupil> escalating = trends(log).escalating();
        assertThat(escalating).extracting(EscalatingPupil::pupil).doesNotContain(pseudonym("p-even"));
        assertThat(escalating).filteredOn(e -> e.basis() == EscalationBasis.FREQUENCY)
                .singleElement().satisfies(e -> {
                    assertThat(e.pupil()).isEqualTo(pseudonym("p-freq"));
                    assertThat(e.earlier()).isEqualTo(1);
                    assertThat(e.later()).isEqualTo(9);
                    assertThat(e.pValue()).isLessThan(0.01);
                });
    }

    @Test
    void aBusStopWithManyFightsAndAnAppWithImageSharingStandOut() {
        List<Concern> log = background(40);
        for (int i = 0; i < 8; i++) {
            log.add(concern("bus-" + i, "p-b" + i, i * 10).addCategory("behaviour.fighting")
                    .location(Location.of(Setting.OFF_SITE, i % 2 == 0 ? "Bus stop" : "the bus-stop")).build());
        }
        for (int i = 0; i < 6; i++) {
            log.add(concern("app-" + i, "p-a" + i, i * 12).addCategory("hsb.image-sharing")
                    .location(Location.online("Snapchat")).build());
        }
        for (int i = 0; i < 6; i++) {
            log.add(concern("oth-" + i, "p-o" + i, i * 12).addCategory("online.contact")
                    .location(Location.online("App " + i)).build());
        }
        List<LocationHotspot> spots = trends(log).locations();
        assertThat(spots).filteredOn(h -> h.family().equals("all") && h.place().isPresent()).first()
                .satisfies(h -> {
                    assertThat(h.place()).contains("bus stop");
                    assertThat(h.setting()).contains(Setting.OFF_SITE);
                    assertThat(h.count()).isEqualTo(8);
                    assertThat(h.incidents()).hasSize(5);
                });
        assertThat(spots).anySatisfy(h -> {
            assertThat(h.family()).isEqualTo("violence");
            assertThat(h.place()).contains("bus stop");
        });
        assertThat(spots).anySatisfy(h -> {
            assertThat(h.family()).isEqualTo("online");
            assertThat(h.platform()).contains("snapchat");
            assertThat(h.count()).isEqualTo(6);
        });
        assertThat(spots).noneSatisfy(h -> assertThat(h.place()).contains("room 1"));
    }

    @Test
    void aGroupInvolvedTogetherOnSeveralDaysIsFoundButRandomOneOffsDoNotChain() {
        List<Concern> log = new ArrayList<>();
        String[] group = {"g-1", "g-2", "g-3", "g-4"};
        for (int day = 0; day < 3; day++) {
            for (int k = 0; k < group.length; k++) {
                Concern.Builder b = concern("grp-" + day + "-" + k, group[k], day * 20).addCategory("bullying.verbal");
                for (String other : group) {
                    if (!other.equals(group[k])) {
                        b.addOtherPupil(OtherPupil.of(PupilId.of(other), OtherPupilRole.INVOLVED));
                    }
                }
                log.add(b.build());
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            int a = random.nextInt(500);
            int b = (a + 1 + random.nextInt(499)) % 500;
            log.add(concern("rnd-" + i, "s-" + a, random.nextInt(100)).addCategory("behaviour.disruption")
                    .addOtherPupil(OtherPupil.of(PupilId.of("s-" + b), OtherPupilRole.VICTIM)).build());
        }
        List<PeerGroup> groups = trends(log).peerGroups();
        assertThat(groups).first().satisfies(g -> {
            assertThat(g.members()).containsExactlyInAnyOrder(pseudonym("g-1"), pseudonym("g-2"), pseudonym("g-3"),
                    pseudonym("g-4"));
            assertThat(g.links()).isEqualTo(6);
            assertThat(g.dates()).containsExactly(START, START.plusDays(20), START.plusDays(40));
            assertThat(g.incidents()).isNotEmpty();
        });
        assertThat(groups).allSatisfy(g -> assertThat(g.members()).hasSizeLessThanOrEqualTo(4));
    }

    @Test
    void pupilsInvolvedWithManyOthersAtRandomAreNotChainedByChanceRepeats() {
        List<Concern> log = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            int a = random.nextInt(60);
            int b = (a + 1 + random.nextInt(59)) % 60;
            log.add(concern("d-" + i, "d-" + a, random.nextInt(200))
                    .addOtherPupil(OtherPupil.of(PupilId.of("d-" + b), OtherPupilRole.INVOLVED)).build());
        }
        // 60 pupils each involved with others about 67 times: many chance repeats, but no chain into a giant group
        List<PeerGroup> groups = trends(log).peerGroups();
        assertThat(groups).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(g -> assertThat(g.members()).hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void oneEventRecordedOncePerChildIsNotARepeatedLink() {
        List<Concern> log = new ArrayList<>();
        log.add(concern("a", "p-1", 5).addOtherPupil(OtherPupil.of(PupilId.of("p-2"), OtherPupilRole.VICTIM))
                .build());
        log.add(concern("b", "p-2", 5).addOtherPupil(OtherPupil.of(PupilId.of("p-1"),
                OtherPupilRole.ALLEGED_PERPETRATOR)).build());
        assertThat(trends(log).peerGroups()).isEmpty();
    }

    @Test
    void aWeekWellAboveTheCategorysBaselineIsASpike() {
        List<Concern> log = background(30);
        for (int week = 0; week < 15; week++) {
            log.add(concern("h-" + week, "p-h" + week, week * 7 + 1).addCategory("online.harmful-content").build());
        }
        for (int i = 0; i < 7; i++) {
            log.add(concern("spike-" + i, "p-s" + i, 8 * 7 + i % 5).addCategory("online.harmful-content")
                    .addTag(" Vaping ").build());
        }
        Trends trends = trends(log);
        assertThat(trends.themes()).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo("online.harmful-content");
            assertThat(s.from()).isEqualTo(START.plusWeeks(8));
            assertThat(s.to()).isEqualTo(START.plusWeeks(8).plusDays(6));
            assertThat(s.count()).isEqualTo(8);
            assertThat(s.baseline()).isLessThan(1.5);
        });
        assertThat(trends.tags()).singleElement().satisfies(t -> {
            assertThat(t.tag()).isEqualTo("vaping");
            assertThat(t.count()).isEqualTo(7);
            assertThat(t.first()).isEqualTo(START.plusWeeks(8));
        });
    }

    @Test
    void steadyCategoriesHaveNoSpikes() {
        assertThat(trends(background(60)).themes()).isEmpty();
    }

    @Test
    void trendsUseTheWholePeriodNotTheSample() {
        List<Concern> log = background(30);
        log.add(concern("r-1", "p-rep", 10).build());
        log.add(concern("r-2", "p-rep", 11).build());
        log.add(concern("r-3", "p-rep", 12).build());
        Review review = Review.of(log, settings().sampling(org.safeguardingkit.review.sampling.Sampling
                .mostRecent(2)).build());
        assertThat(review.rows()).hasSize(2);
        assertThat(review.trends().repeated()).hasSize(1);
        assertThat(review.sample().population()).isEqualTo(33);
        assertThat(Optional.of(review.sample().size())).contains(2);
        assertThat(review.followUps()).anySatisfy(f -> assertThat(f.source()).isEqualTo("trend:repeated"));
        assertThat(LocalDate.of(2026, 12, 18).plusDays(14)).isEqualTo(review.followUps().stream()
                .filter(f -> f.source().equals("trend:repeated")).findFirst().orElseThrow().due());
    }
}
