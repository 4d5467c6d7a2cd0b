package org.safeguardingkit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeguardingkit.review.checklist.Answer;

class ReviewJsonTest {

    @Test
    void aReviewSurvivesTheRoundTrip() {
        Review review = ReviewExamples.complete().withOverride("locations", Answer.NO, "We know it is not used");
        String json = ReviewJson.write(review);
        assertThat(ReviewJson.read(json)).isEqualTo(review);
    }

    @Test
    void theJsonUsesTheDocumentedFieldNames() {
        String json = ReviewJson.write(ReviewExamples.complete()
                .withOverride("locations", Answer.YES, "note"));
        assertThat(json).contains("\"period\"", "\"sample\"", "\"method\"", "\"seed\"", "\"population\"",
                "\"rows\"", "\"keyConsiderations\"", "\"checklist\"", "\"id\"", "\"answer\"", "\"evidence\"",
                "\"followUp\"", "\"override\"", "\"trends\"", "\"repeated\"", "\"pupil\"", "\"escalating\"",
                "\"locations\"", "\"setting\"", "\"place\"", "\"peerGroups\"", "\"members\"", "\"themes\"",
                "\"category\"", "\"from\"", "\"to\"", "\"quality\"", "\"followUps\"", "\"schools\"",
                "\"schoolId\"", "\"anonymised\"", "\"generatedAt\"");
    }

    @Test
    void anOverrideKeepsTheComputedAnswer() {
        Review review = ReviewExamples.complete().withOverride("locations", Answer.YES, "CCTV log covers it");
        assertThat(review.checklistItem("locations")).hasValueSatisfying(item -> {
            assertThat(item.answer()).isEqualTo(Answer.PARTIAL);
            assertThat(item.effectiveAnswer()).isEqualTo(Answer.YES);
            assertThat(item.override().orElseThrow().note()).isEqualTo("CCTV log covers it");
        });
    }

    @Test
    void overridingAnUnknownQuestionIsRejected() {
        assertThatThrownBy(() -> ReviewExamples.complete().withOverride("nope", Answer.YES, ""))
                .hasMessageContaining("SGK-0503");
    }

    @Test
    void invalidJsonIsRejectedWithACode() {
        assertThatThrownBy(() -> ReviewJson.read("{\"period\":1}")).hasMessageContaining("SGK-0505");
    }
}
