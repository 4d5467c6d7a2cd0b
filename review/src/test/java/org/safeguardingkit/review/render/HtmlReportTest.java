package org.safeguardingkit.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewExamples;
import org.safeguardingkit.review.checklist.ChecklistId;

class HtmlReportTest {

    private final Review review = RenderFixtures.review();
    private final String html = HtmlReport.render(review, RenderFixtures.timeline());
    private final Document doc = Jsoup.parse(html);

    @Test
    @DisplayName("the rows table has the form's eight columns and one row per sampled incident")
    void rowsTable() {
        Element table = doc.selectFirst("#rows table");
        assertThat(table).isNotNull();
        List<String> headings = table.select("thead th").eachText();
        assertThat(headings).hasSize(8);
        assertThat(headings.get(0)).startsWith("Student details");
        assertThat(headings.get(1)).isEqualTo("Overview of incident");
        assertThat(headings.get(4)).contains("safeguarding / behavioural");
        assertThat(headings.get(6)).contains("peer group, whole school, environment");
        assertThat(headings.get(7)).isEqualTo("Actions taken");
        assertThat(table.select("tbody tr")).hasSize(review.rows().size());
        assertThat(table.select("tbody tr").first().select("td")).hasSize(8);
    }

    @Test
    @DisplayName("the checklist has eight questions, each with a YES, PARTIAL or NO badge, evidence and follow-up")
    void checklist() {
        Element table = doc.selectFirst("#checklist table");
        assertThat(table.select("tbody tr")).hasSize(8);
        for (ChecklistId id : ChecklistId.values()) {
            Element row = doc.getElementById("q-" + id.id());
            assertThat(row).as(id.id()).isNotNull();
            assertThat(row.select("span.badge").first().text()).isIn("YES", "PARTIAL", "NO");
        }
        assertThat(doc.select("#q-themes .override").text()).contains("Reviewer").contains("PARTIAL");
        assertThat(doc.select("#q-actions-owned").text()).contains("Train staff to record actions-owned");
        assertThat(doc.select("#q-locations").text()).contains("None needed");
    }

    @Test
    @DisplayName("the header states period, sample, seed and anonymisation")
    void header() {
        String head = doc.selectFirst("header").text();
        assertThat(head).contains("1 Sept 2025 to 17 Jul 2026").contains("seed 42").contains("Anonymised Yes");
        assertThat(doc.select(".warning")).isEmpty();
    }

    @Test
    @DisplayName("the charts are inline SVG: over time, places, responses by kind, peer network")
    void charts() {
        assertThat(doc.select("svg")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(doc.select("svg[aria-label]").eachAttr("aria-label")).contains(
                "Incidents per week by category", "Where incidents happen", "Responses by kind of incident",
                "Peer groups: pupils involved together");
        Element network = doc.selectFirst("svg[aria-label=Peer groups: pupils involved together]");
        assertThat(network.select("circle")).hasSize(7);
        assertThat(network.text()).contains("P-AAAA1111");
        assertThat(doc.selectFirst("svg[aria-label=Incidents per week by category]").text())
                .contains("spike: Image sharing");
    }

    @Test
    @DisplayName("text from records is escaped: no script element, the script tag and formula come out as text")
    void escaping() {
        assertThat(doc.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script");
        Element overview = doc.selectFirst("#rows tbody tr td.overview");
        assertThat(overview.text()).contains(RenderFixtures.SCRIPT).contains(RenderFixtures.FORMULA);
        assertThat(overview.children()).isEmpty();
        assertThat(doc.select("#follow-ups").text()).contains(RenderFixtures.SCRIPT);
        // The hostile platform name never reaches the page: platforms are reduced to well-known names.
        assertThat(doc.select("svg").text()).doesNotContain("alert");
    }

    @Test
    @DisplayName("the page is self-contained: no external resources, no event handlers, a strict CSP")
    void selfContained() {
        assertThat(doc.select("[src], link, iframe, object, embed, img")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        assertThat(doc.select("style").html()).contains("@page").contains("A4 landscape").doesNotContain("url(");
    }

    @Test
    @DisplayName("a review that is not anonymised says so at the top")
    void notAnonymised() {
        Review open = new Review(review.period(), review.sample(), review.rows(), review.keyConsiderations(),
                review.checklist(), review.trends(), review.quality(), review.followUps(), review.reflections(),
                review.schools(), false, review.generatedAt(), review.taxonomy(), review.thresholds());
        Document page = Jsoup.parse(HtmlReport.render(open));
        assertThat(page.select(".warning").text()).contains("Not anonymised");
        assertThat(page.selectFirst("header").text()).contains("Anonymised NO");
    }

    @Test
    @DisplayName("follow-up plan and reflections are there, with blank rows for the reviewer")
    void followUpsAndReflections() {
        assertThat(doc.select("#follow-ups tbody tr")).hasSize(review.followUps().size() + 2);
        assertThat(doc.select("#reflections .reflection-lines")).hasSize(1);
        Document withText = Jsoup.parse(HtmlReport.render(review.withReflections("Line one\nLine <two>")));
        Element reflections = withText.selectFirst("#reflections .reflections");
        assertThat(reflections.select("br")).hasSize(1);
        assertThat(reflections.text()).isEqualTo("Line one Line <two>");
    }

    @Test
    @DisplayName("the colleague's complete example renders, charts from its rows alone, and writes to a Writer")
    void completeExample() {
        Review example = ReviewExamples.complete();
        StringWriter out = new StringWriter();
        HtmlReport.write(example, Timeline.ofRows(example.rows()), out);
        Document page = Jsoup.parse(out.toString());
        assertThat(page.select("#rows tbody tr")).hasSize(1);
        assertThat(page.select("#rows td.overview").text()).contains("<b>\"stop\"</b> & =1+1");
        assertThat(page.select("script")).isEmpty();
    }
}
