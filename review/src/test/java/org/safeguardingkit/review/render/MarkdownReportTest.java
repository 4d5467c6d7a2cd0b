package org.safeguardingkit.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewExamples;

class MarkdownReportTest {

    private final Review review = RenderFixtures.review();
    private final String md = MarkdownReport.render(review);

    @Test
    @DisplayName("has the form's sections and an eight-column rows table")
    void sections() {
        assertThat(md).contains("# Behaviour log review (Appendix A)", "## 1. Incidents reviewed",
                "## 2. Key considerations", "## 3. Checklist", "## 4. Trends and patterns", "## 5. Recording quality",
                "## 6. Follow-up plan", "## 7. Reviewer's further reflections");
        String header = md.lines().filter(l -> l.startsWith("| Student details")).findFirst().orElseThrow();
        assertThat(header.chars().filter(c -> c == '|').count()).isEqualTo(9);
        assertThat(md.lines().filter(l -> l.matches("\\| \\d+ \\| .*") && l.contains("Does your behaviour log capture")))
                .hasSize(8);
    }

    @Test
    @DisplayName("text from records cannot inject HTML or break the table")
    void escaping() {
        assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String row = md.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        // every pipe in the row is a column separator or escaped
        long separators = row.replace("\\|", "").chars().filter(c -> c == '|').count();
        assertThat(separators).isEqualTo(9);
        assertThat(row).startsWith("| ");
    }

    @Test
    @DisplayName("cells are one line, markup characters escaped, leading list markers neutralised")
    void cells() {
        assertThat(MarkdownReport.cell("a|b\nc *d* _e_ [x](y)")).isEqualTo("a\\|b c \\*d\\* \\_e\\_ \\[x\\](y)");
        assertThat(MarkdownReport.cell("- item")).isEqualTo("\\- item");
        assertThat(MarkdownReport.cell("# title")).isEqualTo("\\# title");
        assertThat(MarkdownReport.cell("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownReport.cell("Rated 10.5 out of 10")).isEqualTo("Rated 10.5 out of 10");
    }

    @Test
    @DisplayName("the colleague's complete example renders")
    void completeExample() {
        String text = MarkdownReport.render(ReviewExamples.complete());
        assertThat(text).contains("&lt;b&gt;").doesNotContain("<b>\"stop\"");
    }
}
