package org.safeguardingkit.review.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardingkit.review.Fixtures.concern;
import static org.safeguardingkit.review.Fixtures.recorded;
import static org.safeguardingkit.review.Fixtures.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.Review;

class ChecklistTest {

    private static final String[] GOOD_CATEGORIES = {"behaviour.disruption", "hsb.sexist-language",
        "online.contact", "bullying.verbal", "hsb.sexual-harassment"};

    /** 40 well-recorded incidents of both kinds, including HSB and lower-level HSB. */
    private static List<Concern> goodLog(UnaryOperator<Concern.Builder> change) {
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            log.add(change.apply(recorded("c-" + i, "p-" + (i % 13), i * 2, GOOD_CATEGORIES[i % 5])).build());
        }
        return log;
    }

    private static Review review(List<Concern> log) {
        return Review.of(log, settings().build());
    }

    private static Answer answer(Review review, String id) {
        return review.checklistItem(id).orElseThrow().answer();
    }

    @Test
    void aWellRecordedLogAnswersYesEverywhereWithoutFollowUps() {
        Review review = review(goodLog(b -> b));
        assertThat(review.checklist()).extracting(ChecklistItem::id).containsExactlyElementsOf(ChecklistId.ids());
        assertThat(review.checklist()).allSatisfy(item -> {
            assertThat(item.answer()).as(item.id() + ": " + item.evidence().summary()).isEqualTo(Answer.YES);
            assertThat(item.followUp()).isEmpty();
        });
    }

    @Test
    void actionsWithoutOwnersAnswerNoWithExamplesAndAFollowUp() {
        Review review = review(goodLog(b -> b.actions(List.of(Action.of("Speak to him")))));
        ChecklistItem item = review.checklistItem("actions-owned").orElseThrow();
        assertThat(item.answer()).isEqualTo(Answer.NO);
        assertThat(item.evidence().incidents()).hasSize(5);
        assertThat(item.evidence().figures().get(0).threshold()).contains(0.8);
        assertThat(item.followUp()).isPresent();
        assertThat(review.followUps()).anySatisfy(f -> assertThat(f.source()).isEqualTo("actions-owned"));
    }

    @Test
    void aLogWithOnlyBehaviouralCategoriesAnswersNoOnBothKindsAndOnHsb() {
        Review review = review(goodLog(b -> b.categories(List.of("behaviour.defiance"))));
        assertThat(answer(review, "behavioural-and-safeguarding")).isEqualTo(Answer.NO);
        assertThat(answer(review, "hsb-categories")).isEqualTo(Answer.NO);
        assertThat(answer(review, "lower-level-hsb")).isEqualTo(Answer.NO);
    }

    @Test
    void hsbWithoutLowerLevelHsbAnswersNoOnLowerLevel() {
        Review review = review(goodLog(b -> b.categories(List.of("hsb.sexual-harassment", "behaviour.damage",
                "bullying.verbal"))));
        assertThat(answer(review, "hsb-categories")).isEqualTo(Answer.YES);
        assertThat(answer(review, "lower-level-hsb")).isEqualTo(Answer.NO);
    }

    @Test
    void oneLowerLevelIncidentIsPartial() {
        List<Concern> log = new ArrayList<>(goodLog(b -> b.categories(List.of("hsb.sexual-harassment",
                "behaviour.damage", "bullying.verbal"))));
        log.add(recorded("c-ll", "p-1", 3, "hsb.sexist-language").build());
        assertThat(answer(review(log), "lower-level-hsb")).isEqualTo(Answer.PARTIAL);
    }

    @Test
    void hsbButTooFewCategoriesIsPartial() {
        Review review = review(goodLog(b -> b.categories(List.of("hsb.sexual-harassment"))));
        assertThat(answer(review, "hsb-categories")).isEqualTo(Answer.PARTIAL);
    }

    @Test
    void noOtherPupilsAnswersNoOnPeerConnections() {
        Review review = review(goodLog(b -> b.otherPupils(List.of())));
        assertThat(answer(review, "peer-connections")).isEqualTo(Answer.NO);
    }

    @Test
    void otherPupilsWithoutRolesArePartial() {
        Review review = review(goodLog(b -> b.otherPupils(List.of(new OtherPupil(PupilId.of("x-1"),
                java.util.Optional.empty())))));
        assertThat(answer(review, "peer-connections")).isEqualTo(Answer.PARTIAL);
    }

    @Test
    void noCategoriesAnswersNoOnRepeatedEscalatingAndThemesWithoutTags() {
        Review review = review(goodLog(b -> b.categories(List.of()).tags(List.of())));
        assertThat(answer(review, "repeated-escalating")).isEqualTo(Answer.NO);
        assertThat(answer(review, "themes")).isEqualTo(Answer.NO);
        assertThat(review.checklistItem("repeated-escalating").orElseThrow().evidence().incidents()).isNotEmpty();
    }

    @Test
    void categoriesWithoutThemeTagsArePartialOnThemes() {
        Review review = review(goodLog(b -> b.tags(List.of())));
        assertThat(answer(review, "themes")).isEqualTo(Answer.PARTIAL);
    }

    @Test
    void noLocationsAnswersNoOnLocations() {
        List<Concern> log = new ArrayList<>();
        for (Concern c : goodLog(b -> b)) {
            log.add(new Concern(c.id(), c.schoolId(), c.pupil(), c.occurredAt(), c.recordedAt(), c.recordedBy(),
                    java.util.Optional.empty(), c.summary(), c.childVoice(), c.otherPupils(), c.categories(),
                    c.agencies(), c.responses(), c.actions(), c.decisions(), c.status(), c.outcome(), c.tags()));
        }
        ChecklistItem item = review(log).checklistItem("locations").orElseThrow();
        assertThat(item.answer()).isEqualTo(Answer.NO);
        assertThat(item.evidence().summary()).contains("0 of 40");
    }

    @Test
    void settingsWithoutPlacesArePartialOnLocations() {
        Review review = review(goodLog(b -> b.location(new Location(java.util.Optional.of(Setting.ON_SITE),
                java.util.Optional.empty(), java.util.Optional.empty()))));
        assertThat(answer(review, "locations")).isEqualTo(Answer.PARTIAL);
    }

    @Test
    void anEmptyLogAnswersNoEverywhere() {
        Review review = review(List.of());
        assertThat(review.checklist()).hasSize(8).allSatisfy(i -> assertThat(i.answer()).isEqualTo(Answer.NO));
        assertThat(review.sample().population()).isZero();
    }

    @Test
    void thresholdsAreConfigurable() {
        List<Concern> log = new ArrayList<>(goodLog(b -> b));
        for (int i = 0; i < 20; i++) {
            log.add(concern("n-" + i, "p-x", i).addCategory("behaviour.lateness").build());
        }
        assertThat(answer(review(log), "locations")).isEqualTo(Answer.PARTIAL);
        Review lenient = Review.of(log, settings().thresholds(org.safeguardingkit.review.ReviewThresholds.defaults()
                .toBuilder().yesShare(0.6).build()).build());
        assertThat(answer(lenient, "locations")).isEqualTo(Answer.YES);
        assertThat(lenient.thresholds().yesShare()).isEqualTo(0.6);
    }
}
