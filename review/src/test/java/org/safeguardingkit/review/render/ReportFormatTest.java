package org.safeguardingkit.review.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewJson;

class ReportFormatTest {

    @Test
    void parsesNamesAndExtensions() {
        assertThat(ReportFormat.parse("HTML")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.parse("markdown")).isEqualTo(ReportFormat.MD);
        assertThat(ReportFormat.parse(" csv ")).isEqualTo(ReportFormat.CSV);
        assertThatThrownBy(() -> ReportFormat.parse("pdf")).hasMessageContaining("SGK-0751")
                .hasMessageContaining("html, md, json, csv");
    }

    @Test
    void everyFormatRendersTheReview() {
        Review review = RenderFixtures.review();
        for (ReportFormat f : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            f.render(review, RenderFixtures.timeline(), out);
            assertThat(out.toString()).as(f.name()).isNotBlank();
        }
        StringWriter json = new StringWriter();
        ReportFormat.JSON.render(review, Timeline.empty(), json);
        assertThat(ReviewJson.read(json.toString())).isEqualTo(review);
    }

    @Test
    void htmlEscapesEveryDangerousCharacter() {
        assertThat(Html.escape("<a href='x'>\"&\"</a>\u0000")).isEqualTo(
                "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assertThat(Html.escape("plain")).isEqualTo("plain");
        assertThat(Html.escape(null)).isEmpty();
    }
}
