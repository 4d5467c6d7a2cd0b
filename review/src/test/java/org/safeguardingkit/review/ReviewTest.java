package org.safeguardingkit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardingkit.review.Fixtures.concern;
import static org.safeguardingkit.review.Fixtures.recorded;
import static org.safeguardingkit.review.Fixtures.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;
import org.safeguardingkit.review.anonymise.Pseudonyms;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.sampling.SampleMethod;
import org.safeguardingkit.review.sampling.Sampling;

class ReviewTest {

    private static final PupilDirectory DIRECTORY = new PupilDirectory() {
        @Override
        public Optional<DirectoryEntry> find(PupilId id) {
            return Optional.empty();
        }

        @Override
        public List<DirectoryEntry> family(FamilyId family) {
            return List.of();
        }

        @Override
        public Stream<String> namesToRedact() {
            return Stream.of("Zebedee Quillfeather", "Morwenna Quillfeather", "Tamsin Trebilcock");
        }
    };

    private static Concern sensitive() {
        return concern("c-1", "p-42", 3)
                .pupil(Pupil.of(PupilId.of("p-42"), Sex.F, 8).withDateOfBirth(LocalDate.of(2013, 5, 17)))
                .summary("Zebedee said Tamsin Trebilcock hit her; mum Morwenna was told. Miss Honeysett saw it.")
                .childVoice(ChildVoice.of("Zebedee pushed me"))
                .addOtherPupil(OtherPupil.of(PupilId.of("p-7"), OtherPupilRole.ALLEGED_PERPETRATOR))
                .addCategory("hsb.sexual-harassment").addCategory("behaviour.fighting")
                .addAgency(AgencyInvolvement.of(Agency.POLICE, "PCSO spoke to Zebedee"))
                .addResponse(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SANCTION, "Detention for Tamsin"))
                .addResponse(Response.of(ResponseLevel.ENVIRONMENT, ResponseType.SUPERVISION, "Duty at the gate"))
                .addAction(Action.of("Call Morwenna", StaffId.of("s-9"), LocalDate.of(2026, 9, 20),
                        ActionStatus.OPEN))
                .build();
    }

    @Test
    void aRowHasTheFormsEightColumnsAnonymised() {
        Review review = Review.of(List.of(sensitive()), settings().directory(DIRECTORY).build());
        Pseudonyms names = Pseudonyms.of(Fixtures.KEY);
        ReviewRow row = review.rows().get(0);
        assertThat(review.anonymised()).isTrue();
        assertThat(row.student()).isEqualTo(new Student(names.pupil(PupilId.of("p-42")), Optional.of(Sex.F),
                Optional.of(8)));
        assertThat(row.overview()).isEqualTo("[X] said [X] [X] hit her; mum [X] was told. Miss [X] saw it.");
        assertThat(row.otherStudents()).containsExactly(new InvolvedPupil(names.pupil(PupilId.of("p-7")),
                Optional.of(OtherPupilRole.ALLEGED_PERPETRATOR)));
        assertThat(row.agencies()).containsExactly(new AgencyEntry(Agency.POLICE, Optional.of("PCSO spoke to [X]")));
        assertThat(row.categories()).extracting(CategoryEntry::kind).containsExactly(
                Optional.of(CategoryKind.SAFEGUARDING), Optional.of(CategoryKind.BEHAVIOURAL));
        assertThat(row.individualResponses()).singleElement()
                .satisfies(r -> assertThat(r.description()).contains("Detention for [X]"));
        assertThat(row.contextResponses()).singleElement()
                .satisfies(r -> assertThat(r.level()).contains(ResponseLevel.ENVIRONMENT));
        assertThat(row.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Call [X]");
            assertThat(a.owner()).contains(names.staff(StaffId.of("s-9")));
        });
    }

    @Test
    void noNameIdOrDateOfBirthAppearsAnywhereInTheJson() {
        String json = ReviewJson.write(Review.of(List.of(sensitive()), settings().directory(DIRECTORY).build()));
        assertThat(json).doesNotContain("Zebedee", "Morwenna", "Quillfeather", "Tamsin", "Trebilcock", "Honeysett",
                "p-42", "p-7", "s-9", "2013-05-17", "dateOfBirth");
    }

    @Test
    void withAnonymisationOffTheDslSeesIdsAndTextButNoDateOfBirth() {
        Review review = Review.of(List.of(sensitive()), settings().anonymised(false).build());
        assertThat(review.anonymised()).isFalse();
        assertThat(review.rows().get(0).student().pupil()).isEqualTo("p-42");
        assertThat(review.rows().get(0).overview()).startsWith("Zebedee said");
        assertThat(ReviewJson.write(review)).doesNotContain("2013-05-17");
    }

    @Test
    void theSameKeyGivesTheSamePseudonymsAcrossReRunsAndAnotherKeyDoesNot() {
        Review first = Review.of(List.of(sensitive()), settings().build());
        Review again = Review.of(List.of(sensitive()), settings().build());
        Review other = Review.of(List.of(sensitive()), settings().key(ReviewKey.fromPassphrase("other")).build());
        assertThat(again.rows()).isEqualTo(first.rows());
        assertThat(other.rows().get(0).student().pupil()).isNotEqualTo(first.rows().get(0).student().pupil());
    }

    private static List<Concern> mixedLog(int n) {
        String[] categories = {"behaviour.disruption", "hsb.sexist-language", "online.contact", "bullying.verbal"};
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            log.add(recorded("c-" + i, "p-" + (i % 17), i % 100, categories[i % 4])
                    .pupil(Pupil.of(PupilId.of("p-" + (i % 17)), Sex.M, 7 + i % 3)).build());
        }
        return log;
    }

    @Test
    void aStratifiedSampleIsReproducibleForTheSeedAndProportional() {
        List<Concern> log = mixedLog(240);
        Review a = Review.of(log, settings().sampling(Sampling.stratified(24, 2026L)).build());
        Review b = Review.of(log, settings().sampling(Sampling.stratified(24, 2026L)).build());
        Review c = Review.of(log, settings().sampling(Sampling.stratified(24, 7L)).build());
        assertThat(a.rows()).hasSize(24).isEqualTo(b.rows());
        assertThat(c.rows()).extracting(ReviewRow::incident).isNotEqualTo(a.rows().stream()
                .map(ReviewRow::incident).toList());
        assertThat(a.sample()).isEqualTo(new org.safeguardingkit.review.sampling.Sample(SampleMethod.STRATIFIED, 24,
                Optional.of(2026L), 240));
        // 4 top-level categories x 3 year groups, 20 incidents each: 2 rows per stratum
        assertThat(a.rows().stream().filter(r -> r.categories().get(0).code().equals("hsb.sexist-language"))
                .count()).isEqualTo(6);
        assertThat(a.rows().stream().filter(r -> r.student().yearGroup().equals(Optional.of(8))).count())
                .isEqualTo(8);
    }

    @Test
    void theMostRecentSampleKeepsTheLatestIncidentsInDateOrder() {
        List<Concern> log = mixedLog(50);
        Review review = Review.of(log, settings().sampling(Sampling.mostRecent(3)).build());
        assertThat(review.rows()).extracting(ReviewRow::incident)
                .containsExactly(ConcernId.of("c-47"), ConcernId.of("c-48"), ConcernId.of("c-49"));
    }

    @Test
    void recordsOutsideThePeriodAreLeftOut() {
        List<Concern> log = mixedLog(50);
        Interval period = Interval.ofDays(Fixtures.START, Fixtures.START.plusDays(9), Fixtures.ZONE);
        Review review = Review.of(log, settings().period(period).build());
        assertThat(review.sample().population()).isEqualTo(10);
        assertThat(review.period()).isEqualTo(period);
    }

    @Test
    void keyConsiderationsCountTypesResponsesAndGaps() {
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            log.add(concern("h-" + i, "p-" + i, i).addCategory("hsb.sexual-harassment")
                    .addResponse(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SANCTION, "Detention")).build());
        }
        log.add(concern("h-s", "p-9", 9).addCategory("hsb.sexual-harassment")
                .addResponse(Response.of(ResponseLevel.PEER_GROUP, ResponseType.EDUCATION, "Lesson")).build());
        log.add(concern("b-1", "p-1", 2).addCategory("behaviour.lateness").addCategory("no-such-code").build());
        Review review = Review.of(log, settings().build());
        var types = review.keyConsiderations().incidentTypes();
        assertThat(types.incidents()).isEqualTo(8);
        assertThat(types.safeguarding()).isEqualTo(7);
        assertThat(types.behavioural()).isEqualTo(1);
        assertThat(types.byCategory().get(0).code()).isEqualTo("hsb.sexual-harassment");
        assertThat(types.byCategory()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("no-such-code");
            assertThat(c.kind()).isEmpty();
        });
        var flag = review.keyConsiderations().responses().sanctionOnly();
        assertThat(flag).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("hsb.sexual-harassment");
            assertThat(f.reason()).isEqualTo("hsb");
            assertThat(f.incidents()).isEqualTo(7);
            assertThat(f.sanctionOnly()).isEqualTo(6);
            assertThat(f.examples()).hasSize(5);
        });
        assertThat(review.followUps()).anySatisfy(f -> assertThat(f.id())
                .isEqualTo("sanction-only-hsb.sexual-harassment"));
        var gaps = review.keyConsiderations().gaps();
        assertThat(gaps.fields()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("location");
            assertThat(f.filled()).isZero();
            assertThat(f.rarelyFilled()).isTrue();
        });
        assertThat(gaps.categoriesNeverUsed()).contains("exploitation", "online.contact")
                .doesNotContain("hsb", "hsb.sexual-harassment", "behaviour");
    }

    @Test
    void theQualitySummaryUsesTheQualityRulesOnTheSample() {
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Concern.Builder b = concern("q-" + i, "p-" + i, i).addCategory("bullying.verbal");
            if (i < 3) {
                b.childVoice(ChildVoice.of("He called me names every day"));
            }
            log.add(b.build());
        }
        Review review = Review.of(log, Fixtures.settings().qualityRules(c -> {
            java.util.Set<String> rules = new java.util.TreeSet<>();
            if (c.childVoice().isEmpty()) {
                rules.add("child-voice");
            }
            if (c.location().isEmpty()) {
                rules.add("location");
            }
            return rules;
        }).build());
        assertThat(review.quality().recordsChecked()).isEqualTo(10);
        assertThat(review.quality().withChildVoice().share()).isEqualTo(0.3);
        assertThat(review.quality().withoutLocation().count()).isEqualTo(10);
        assertThat(review.keyConsiderations().gaps().recurringFindings()).extracting(r -> r.rule())
                .containsExactly("location", "child-voice");
        assertThat(review.followUps()).anySatisfy(f -> assertThat(f.source()).isEqualTo("quality:location"));
    }

    @Test
    void theRealQualityRulesRunOnSampledRecords() {
        Review review = Review.of(List.of(sensitive()), ReviewSettings.builder().sampling(Sampling.all())
                .key(Fixtures.KEY).build());
        assertThat(review.quality().recordsChecked()).isEqualTo(1);
        assertThat(review.quality().byRule()).isNotNull();
    }

    @Test
    void aTrustReviewKeepsAPerSchoolBreakdownOnTheSameTaxonomy() {
        List<Concern> a = new ArrayList<>();
        List<Concern> b = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.add(recorded("a-" + i, "pa-" + i, i, "hsb.sexist-language").schoolId(SchoolId.of("school-a")).build());
            b.add(concern("b-" + i, "pb-" + i, i).schoolId(SchoolId.of("school-b")).addCategory("behaviour.defiance")
                    .build());
        }
        ReviewSettings settings = settings().build();
        ReviewAccumulator trust = ReviewAccumulator.of(settings);
        a.forEach(trust::add);
        ReviewAccumulator second = ReviewAccumulator.of(settings);
        b.forEach(second::add);
        Review review = trust.merge(second).toReview();
        assertThat(review.schools()).extracting(SchoolBreakdown::schoolId).containsExactly("school-a", "school-b");
        assertThat(review.schools().get(0).checklist()).containsEntry("locations", Answer.YES)
                .containsEntry("lower-level-hsb", Answer.YES);
        assertThat(review.schools().get(1).checklist()).containsEntry("locations", Answer.NO)
                .containsEntry("hsb-categories", Answer.NO);
        assertThat(review.keyConsiderations().incidentTypes().incidents()).isEqualTo(40);
        assertThat(review.taxonomy()).startsWith("sgkit-default@");
    }

    @Test
    void aStoreIsReviewedForThePeriodWithTheDirectorysNamesRedacted() {
        var store = new org.safeguardingkit.core.memory.InMemoryConcernStore();
        mixedLog(30).forEach(c -> store.save(c, org.safeguardingkit.core.spi.Versioned.NEW));
        store.save(sensitive().toBuilder().id("s-1").build(), org.safeguardingkit.core.spi.Versioned.NEW);
        var directory = org.safeguardingkit.core.memory.InMemoryPupilDirectory.of(List.of(new DirectoryEntry(
                PupilId.of("p-42"), List.of("Zebedee Quillfeather"), Optional.empty(), List.of("Morwenna"))),
                List.of("Tamsin Trebilcock"));
        Interval period = Interval.ofDays(Fixtures.START, Fixtures.START.plusDays(4), Fixtures.ZONE);
        Review review = Review.of(store, settings().period(period).directory(directory).build());
        assertThat(review.sample().population()).isEqualTo(6);
        assertThat(ReviewJson.write(review)).doesNotContain("Zebedee", "Morwenna", "Tamsin", "Trebilcock");
    }

    @Test
    void aComputedReviewSurvivesTheJsonRoundTripAndKeepsEdits() {
        Review review = Review.of(mixedLog(60), settings().sampling(Sampling.stratified(10, 1L)).build())
                .withOverride("themes", Answer.NO, "Tags are not used consistently")
                .withReflections("We will re-run this in the spring term.");
        review = review.withFollowUp(review.followUps().isEmpty()
                ? new org.safeguardingkit.review.followup.FollowUp("x", "reviewer", "Do", "", "DSL", LocalDate.now())
                : review.followUps().get(0).withOwnerRole("Head of year"));
        assertThat(ReviewJson.read(ReviewJson.write(review))).isEqualTo(review);
        assertThat(review.generatedAt()).isEqualTo(Fixtures.NOW);
    }
}
