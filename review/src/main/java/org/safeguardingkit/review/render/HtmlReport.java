package org.safeguardingkit.review.render;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewRow;
import org.safeguardingkit.review.SchoolBreakdown;
import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.checklist.Figure;
import org.safeguardingkit.review.considerations.CategoryCount;
import org.safeguardingkit.review.considerations.CategoryResponses;
import org.safeguardingkit.review.considerations.FieldFill;
import org.safeguardingkit.review.considerations.IncidentTypes;
import org.safeguardingkit.review.considerations.KeyConsiderations;
import org.safeguardingkit.review.considerations.ResponseCounts;
import org.safeguardingkit.review.considerations.SanctionOnlyFlag;
import org.safeguardingkit.review.followup.FollowUp;
import org.safeguardingkit.review.quality.QualitySummary;
import org.safeguardingkit.review.quality.RuleCount;
import org.safeguardingkit.review.quality.Share;
import org.safeguardingkit.review.trends.EscalatingPupil;
import org.safeguardingkit.review.trends.LocationHotspot;
import org.safeguardingkit.review.trends.PeerGroup;
import org.safeguardingkit.review.trends.RepeatedPupil;
import org.safeguardingkit.review.trends.TagCount;
import org.safeguardingkit.review.trends.ThemeSpike;
import org.safeguardingkit.review.trends.Trends;

/**
 * Renders a review as one self-contained, printable HTML page laid out like the Appendix A form: a header (period,
 * sample, seed, anonymisation), the rows table with the form's eight columns, key considerations, the checklist
 * with YES / PARTIAL / NO badges, evidence and follow-ups, trends, the recording-quality summary, the follow-up plan
 * and space for the reviewer's reflections, with charts as inline SVG.
 *
 * <p>The page loads nothing from elsewhere and has no scripts; its print style sheet targets A4 landscape. Every
 * string from the review is HTML-escaped, in SVG text too.
 *
 * <pre>{@code
 * HtmlReport.write(review, timeline, writer);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {

    private static final int ID_LIMIT = 8;
    private static final int TABLE_LIMIT = 20;

    private HtmlReport() {
    }

    /**
     * Writes the page.
     *
     * @param review the review
     * @param timeline weekly counts and places over the whole period, for the charts
     * @param out where to write (not closed)
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Review review, Timeline timeline, Writer out) {
        ReportFormat.writeText(render(review, timeline), out);
    }

    /**
     * The page, with charts from the review's rows only.
     *
     * @param review the review
     * @return the HTML
     */
    public static String render(Review review) {
        return render(review, Timeline.ofRows(review.rows()));
    }

    /**
     * The page.
     *
     * @param review the review
     * @param timeline weekly counts and places over the whole period, for the charts
     * @return the HTML
     */
    public static String render(Review review, Timeline timeline) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(timeline, "timeline");
        Page p = new Page(review, timeline);
        p.document();
        return p.sb.toString();
    }

    /** One rendering. */
    private static final class Page {
        private final Review review;
        private final Timeline timeline;
        private final StringBuilder sb = new StringBuilder(64 * 1024);
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, CategoryKind> kinds = new HashMap<>();

        Page(Review review, Timeline timeline) {
            this.review = review;
            this.timeline = timeline;
            for (CategoryCount c : review.keyConsiderations().incidentTypes().byCategory()) {
                labels.put(c.code(), c.label());
                c.kind().ifPresent(k -> kinds.put(c.code(), k));
            }
            for (ReviewRow row : review.rows()) {
                for (CategoryEntry c : row.categories()) {
                    labels.putIfAbsent(c.code(), c.label());
                    c.kind().ifPresent(k -> kinds.putIfAbsent(c.code(), k));
                }
            }
            labels.putAll(timeline.labels());
            labels.put(Timeline.UNCATEGORISED, "No category");
        }

        private Page raw(String html) {
            sb.append(html);
            return this;
        }

        private Page text(String text) {
            sb.append(Html.escape(text));
            return this;
        }

        /** Escaped text with line breaks kept. */
        private Page para(String text) {
            sb.append(Html.escape(text).replace("\r\n", "\n").replace("\n", "<br>"));
            return this;
        }

        private Page el(String tag, String cls, String text) {
            sb.append('<').append(tag);
            if (cls != null) {
                sb.append(" class=\"").append(cls).append('"');
            }
            sb.append('>').append(Html.escape(text)).append("</").append(tag).append('>');
            return this;
        }

        private String label(String code) {
            return labels.getOrDefault(code, code);
        }

        void document() {
            raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            + "style-src 'unsafe-inline'; img-src data:\">\n")
                    .raw("<meta name=\"robots\" content=\"noindex\">\n<title>")
                    .text("Behaviour log review: " + period())
                    .raw("</title>\n<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
            header();
            glance();
            rows();
            considerations();
            checklist();
            trends();
            quality();
            schools();
            followUps();
            reflections();
            raw("<footer><p>Produced by Safeguarding Kit from the school's own records. It contains information "
                    + "about children: keep it secure, share it only with those who need it, and follow the "
                    + "school's data protection policy. The computed answers are a starting point for the "
                    + "reviewer's judgement, not a replacement for it.</p></footer>\n");
            raw("</main>\n</body>\n</html>\n");
        }

        private void header() {
            raw("<header class=\"form-head\">\n<div class=\"title\"><p class=\"eyebrow\">Contextual safeguarding "
                    + "&middot; Appendix A</p><h1>Behaviour log review</h1>");
            raw("<p class=\"subtitle\">A review of a sample of recent incidents from the school&#39;s behaviour and "
                    + "safeguarding log: one row per incident, key considerations, the checklist, trends and a "
                    + "follow-up plan.</p></div>\n");
            raw("<dl class=\"meta\">");
            meta("Period", period());
            meta("Sample", ReviewText.sample(review.sample()));
            meta("Seed", review.sample().seed().map(String::valueOf).orElse("not used"));
            meta("Anonymised", review.anonymised() ? "Yes" : "NO");
            meta("Taxonomy", review.taxonomy().isBlank() ? "not stated" : review.taxonomy());
            meta("Generated", Labels.date(java.time.LocalDate.ofInstant(review.generatedAt(), ReviewText.SCHOOL_ZONE))
                    + " " + java.time.LocalTime.ofInstant(review.generatedAt(), ReviewText.SCHOOL_ZONE)
                            .withSecond(0).withNano(0));
            raw("</dl>\n</header>\n");
            if (!review.anonymised()) {
                raw("<p class=\"warning\"><strong>Not anonymised.</strong> ").text(ReviewText.anonymised(review))
                        .raw(". Handle and store it as a safeguarding record.</p>\n");
            }
        }

        private String period() {
            return ReviewText.period(review.period(), timeline.first(), timeline.last());
        }

        private void meta(String name, String value) {
            raw("<div><dt>").text(name).raw("</dt><dd>").text(value).raw("</dd></div>");
        }

        private void glance() {
            IncidentTypes types = review.keyConsiderations().incidentTypes();
            Map<Answer, Long> answers = new HashMap<>();
            review.checklist().forEach(c -> answers.merge(c.effectiveAnswer(), 1L, Long::sum));
            raw("<section class=\"glance\">\n<div class=\"kpis\">");
            kpi(ReviewText.count(types.incidents()), "incidents in the period", null);
            kpi(ReviewText.count(types.safeguarding()), "safeguarding", "sg");
            kpi(ReviewText.count(types.behavioural()), "behavioural", "bh");
            kpi(ReviewText.count(review.rows().size()), "incidents reviewed below", null);
            raw("<div class=\"kpi\"><div class=\"tally\">");
            for (Answer a : Answer.values()) {
                raw("<div><b class=\"").raw(a.name().toLowerCase(java.util.Locale.ROOT)).raw("\">")
                        .text(String.valueOf(answers.getOrDefault(a, 0L))).raw("</b><small class=\"")
                        .raw(a.name().toLowerCase(java.util.Locale.ROOT)).raw("\">").text(a.name())
                        .raw("</small></div>");
            }
            raw("</div><span>checklist answers</span></div>");
            kpi(ReviewText.count(review.followUps().size()), "follow-up actions", null);
            raw("</div>\n<div class=\"charts\">\n");
            figure("Incidents per week by category, whole period" + (timeline.labels().isEmpty() ? ""
                    : " (grouped by top-level category)"), "wide",
                    Charts.incidentsOverTime(timeline, this::label, review.trends().themes()));
            if (!timeline.places().isEmpty()) {
                figure("Where incidents happen", null, Charts.bars("Where incidents happen",
                        Charts.placeBars(timeline.places(), 9), timeline.places().values().stream()
                                .mapToLong(Long::longValue).max().orElse(1)));
            } else {
                List<Charts.Bar> bars = review.trends().locations().stream().limit(9)
                        .map(h -> new Charts.Bar(place(h), h.count(), String.valueOf(h.count()), "#3d8b6e")).toList();
                figure("Location hotspots", null, Charts.bars("Location hotspots", bars,
                        bars.stream().mapToDouble(Charts.Bar::value).max().orElse(1)));
            }
            figure("How incidents are responded to (share of each kind)", null,
                    Charts.responsesByKind(review.keyConsiderations().responses().byKind()));
            raw("</div>\n</section>\n");
        }

        private void kpi(String value, String caption, String cls) {
            raw("<div class=\"kpi").raw(cls == null ? "" : " " + cls).raw("\"><b>").text(value).raw("</b><span>")
                    .text(caption).raw("</span></div>");
        }

        private void figure(String caption, String cls, String svg) {
            raw("<figure").raw(cls == null ? "" : " class=\"" + cls + "\"").raw("><figcaption>").text(caption)
                    .raw("</figcaption>").raw(svg).raw("</figure>\n");
        }

        private void rows() {
            raw("<section id=\"rows\">\n<h2>1. Incidents reviewed</h2>\n");
            raw("<p class=\"note\">").text(ReviewText.sample(review.sample()) + ". Trends below are computed on "
                    + "the whole period.").raw("</p>\n");
            raw("<table class=\"rows\">\n<colgroup><col class=\"c-student\"><col class=\"c-overview\">"
                    + "<col class=\"c-others\"><col class=\"c-agency\"><col class=\"c-category\">"
                    + "<col class=\"c-resp\"><col class=\"c-resp\"><col class=\"c-actions\"></colgroup>\n");
            raw("<thead><tr><th>Student details<br><small>(M/F, year group)</small></th>"
                    + "<th>Overview of incident</th><th>Other students involved</th><th>Agency involvements</th>"
                    + "<th>Behaviour category<br><small>(safeguarding / behavioural)</small></th>"
                    + "<th>Response<br><small>(individuals involved)</small></th>"
                    + "<th>Response<br><small>(peer group, whole school, environment)</small></th>"
                    + "<th>Actions taken</th></tr></thead>\n<tbody>\n");
            for (ReviewRow row : review.rows()) {
                raw("<tr id=\"").text(row.incident().value()).raw("\"><td><strong>").text(Labels.student(row.student()))
                        .raw("</strong><div class=\"ids\">").text(row.student().pupil()).raw("</div><div class=\"ids\">")
                        .text(Labels.date(row.date())).raw("<br>").text(row.incident().value());
                row.schoolId().ifPresent(s -> raw("<br>").text(s.value()));
                raw("</div></td><td class=\"overview\">").para(row.overview()).raw("</td><td>");
                list(row.otherStudents().stream().map(Labels::involved).toList());
                raw("</td><td>");
                list(row.agencies().stream().map(Labels::agency).toList());
                raw("</td><td>");
                if (row.categories().isEmpty()) {
                    el("span", "none", "No category");
                }
                for (CategoryEntry c : row.categories()) {
                    raw("<div>").text(c.label()).raw(" ");
                    kindTag(c.kind().orElse(null));
                    raw("</div>");
                }
                raw("</td><td>");
                list(row.individualResponses().stream().map(r -> Labels.response(r, false)).toList());
                raw("</td><td>");
                list(row.contextResponses().stream().map(r -> Labels.response(r, true)).toList());
                raw("</td><td>");
                list(row.actions().stream().map(Labels::action).toList());
                raw("</td></tr>\n");
            }
            if (review.rows().isEmpty()) {
                raw("<tr><td colspan=\"8\" class=\"none\">No incidents in the sample.</td></tr>\n");
            }
            raw("</tbody>\n</table>\n</section>\n");
        }

        private void kindTag(CategoryKind kind) {
            if (kind == null) {
                el("span", "tag", "not in taxonomy");
            } else {
                el("span", kind == CategoryKind.SAFEGUARDING ? "tag sg" : "tag bh", Labels.kind(kind));
            }
        }

        private void list(List<String> items) {
            if (items.isEmpty()) {
                el("span", "none", "None recorded");
                return;
            }
            raw("<ul>");
            for (String item : items) {
                raw("<li>").text(item).raw("</li>");
            }
            raw("</ul>");
        }

        private void considerations() {
            KeyConsiderations k = review.keyConsiderations();
            IncidentTypes types = k.incidentTypes();
            raw("<section id=\"considerations\">\n<h2>2. Key considerations</h2>\n<div class=\"three\">\n");
            raw("<div><h3>What types of incidents are recorded?</h3><p>").text(ReviewText.count(types.incidents())
                    + " incidents: " + ReviewText.count(types.safeguarding()) + " safeguarding, "
                    + ReviewText.count(types.behavioural()) + " behavioural, " + ReviewText.count(types.uncategorised())
                    + " without a category.").raw("</p>");
            List<Charts.Bar> bars = new ArrayList<>();
            types.byCategory().stream().limit(12).forEach(c -> bars.add(new Charts.Bar(c.label(), c.count(),
                    ReviewText.count(c.count()), c.kind().orElse(null) == CategoryKind.SAFEGUARDING
                            ? Charts.SAFEGUARDING : Charts.BEHAVIOURAL)));
            raw(Charts.bars("Incidents by category", bars, bars.stream().mapToDouble(Charts.Bar::value).max()
                    .orElse(1)));
            if (types.byCategory().size() > 12) {
                el("p", "note", "and " + (types.byCategory().size() - 12) + " further categories");
            }
            raw("</div>\n");

            raw("<div><h3>How are incidents responded to?</h3>");
            for (var kr : k.responses().byKind()) {
                ResponseCounts c = kr.counts();
                raw("<p>").el("strong", null, Labels.kind(kr.kind())).text(": " + c.incidents() + " incidents; "
                        + "sanction " + pct(c.sanction(), c.incidents()) + ", support " + pct(c.support(), c.incidents())
                        + ", referral " + pct(c.referral(), c.incidents()) + ", sanction only "
                        + pct(c.sanctionOnly(), c.incidents()) + ", beyond the individual "
                        + pct(c.context(), c.incidents()) + ".").raw("</p>");
            }
            for (SanctionOnlyFlag f : k.responses().sanctionOnly().stream().limit(5).toList()) {
                raw("<p class=\"flag\">").text(f.label() + ": " + f.sanctionOnly() + " of " + f.incidents()
                        + " incidents met only with sanctions (" + f.reason() + ")");
                if (!f.examples().isEmpty()) {
                    raw(" <span class=\"ids\">").text("e.g. " + ReviewText.ids(f.examples(), 4)).raw("</span>");
                }
                raw("</p>");
            }
            if (k.responses().sanctionOnly().size() > 5) {
                el("p", "note", "and " + (k.responses().sanctionOnly().size() - 5)
                        + " more categories met mostly with sanctions");
            }
            List<CategoryResponses> byCat = k.responses().byCategory();
            if (!byCat.isEmpty()) {
                raw("<table class=\"compact\"><thead><tr><th>Category</th><th>Incidents</th><th>Sanction only</th>"
                        + "<th>Support</th><th>Wider</th></tr></thead><tbody>");
                byCat.stream().sorted((a, b) -> Long.compare(b.counts().incidents(), a.counts().incidents()))
                        .limit(10).forEach(c -> raw("<tr><td>").text(c.label()).raw("</td><td>")
                        .text(String.valueOf(c.counts().incidents())).raw("</td><td>")
                        .text(pct(c.counts().sanctionOnly(), c.counts().incidents())).raw("</td><td>")
                        .text(pct(c.counts().support(), c.counts().incidents())).raw("</td><td>")
                        .text(pct(c.counts().context(), c.counts().incidents())).raw("</td></tr>"));
                raw("</tbody></table>");
            }
            raw("</div>\n");

            raw("<div><h3>What gaps are there?</h3>");
            List<FieldFill> rare = k.gaps().fields().stream().filter(FieldFill::rarelyFilled).toList();
            if (!k.gaps().fields().isEmpty()) {
                raw("<table class=\"compact\"><thead><tr><th>Field</th><th>Filled</th><th></th></tr></thead><tbody>");
                for (FieldFill f : k.gaps().fields()) {
                    raw("<tr").raw(f.rarelyFilled() ? " class=\"gap\"" : "").raw("><td>").text(f.field())
                            .raw("</td><td>").text(ReviewText.count(f.filled()) + " of " + ReviewText.count(f.total()))
                            .raw("</td><td>").raw(meter(f.share())).raw("</td></tr>");
                }
                raw("</tbody></table>");
            }
            if (!rare.isEmpty()) {
                raw("<p class=\"flag\">").text("Rarely or never filled: " + String.join(", ",
                        rare.stream().map(FieldFill::field).toList()) + ".").raw("</p>");
            }
            if (!k.gaps().categoriesNeverUsed().isEmpty()) {
                raw("<p>").el("strong", null, "Categories never used: ")
                        .text(String.join(", ", k.gaps().categoriesNeverUsed().stream().limit(25).map(this::label)
                                .toList()) + (k.gaps().categoriesNeverUsed().size() > 25 ? " \u2026" : "."))
                        .raw("</p>");
            }
            if (!k.gaps().recurringFindings().isEmpty()) {
                raw("<p>").el("strong", null, "Recurring recording problems: ");
                text(String.join("; ", k.gaps().recurringFindings().stream().map(r -> Labels.ruleName(r.rule())
                        + " in " + Labels.percent(r.share()) + " of records").toList()) + ".");
                raw("</p>");
            }
            raw("</div>\n</div>\n</section>\n");
        }

        private static String pct(long n, long of) {
            return of == 0 ? "-" : Labels.percent((double) n / of);
        }

        private static String meter(double share) {
            double s = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
            return String.format(java.util.Locale.ROOT, "<span class=\"meter\"><span style=\"width:%.0f%%\"></span>"
                    + "</span> %s", s * 100, Labels.percent(s));
        }

        private void checklist() {
            raw("<section id=\"checklist\">\n<h2>3. Checklist: does your behaviour log capture&hellip;</h2>\n");
            raw("<table class=\"checklist\"><colgroup><col style=\"width:3%\"><col style=\"width:27%\">"
                    + "<col style=\"width:9%\"><col style=\"width:38%\"><col style=\"width:23%\"></colgroup>"
                    + "<thead><tr><th>#</th><th>Question</th><th>Answer</th><th>Evidence</th>"
                    + "<th>Suggested follow-up</th></tr></thead><tbody>\n");
            int n = 0;
            for (ChecklistItem item : review.checklist()) {
                n++;
                raw("<tr id=\"q-").text(item.id()).raw("\"><td>").text(String.valueOf(n)).raw("</td><td>")
                        .text(item.question()).raw("<div class=\"ids\">").text(item.id()).raw("</div></td><td>");
                badge(item.answer());
                item.override().ifPresent(o -> {
                    raw("<div class=\"override\">Reviewer: ");
                    badge(o.answer());
                    raw("<br>").text(o.note()).raw("</div>");
                });
                raw("</td><td>").para(item.evidence().summary());
                if (!item.evidence().figures().isEmpty()) {
                    raw("<ul class=\"figures\">");
                    for (Figure f : item.evidence().figures()) {
                        raw("<li>").text(ReviewText.figure(f)).raw("</li>");
                    }
                    raw("</ul>");
                }
                if (!item.evidence().incidents().isEmpty()) {
                    raw("<div class=\"ids\">").text("Incidents: " + ReviewText.ids(item.evidence().incidents(),
                            ID_LIMIT)).raw("</div>");
                }
                raw("</td><td>");
                if (item.followUp().isPresent()) {
                    para(item.followUp().get());
                } else {
                    el("span", "none", "None needed");
                }
                raw("</td></tr>\n");
            }
            if (review.checklist().isEmpty()) {
                raw("<tr><td colspan=\"5\" class=\"none\">No checklist answers.</td></tr>");
            }
            raw("</tbody></table>\n</section>\n");
        }

        private void badge(Answer answer) {
            raw("<span class=\"badge ").raw(answer.name().toLowerCase(java.util.Locale.ROOT)).raw("\">")
                    .text(Labels.answer(answer)).raw("</span>");
        }

        private void trends() {
            Trends t = review.trends();
            raw("<section id=\"trends\">\n<h2>4. Trends and patterns (whole period)</h2>\n");
            raw("<div class=\"two\">\n<div><h3>Repeated incidents</h3>");
            table(List.of("Pupil", "Most in " + review.thresholds().repeatedWindowDays() + " days", "When", "Total",
                    "Incidents"), t.repeated(), (RepeatedPupil r) -> List.of(r.pupil(), String.valueOf(r.maxInWindow()),
                    ReviewText.dateRange(r.from(), r.to()), String.valueOf(r.total()), ids(r.incidents())),
                    "No pupil had " + review.thresholds().repeatedCount() + " or more incidents within "
                            + review.thresholds().repeatedWindowDays() + " days.");
            raw("</div>\n<div><h3>Escalating behaviour</h3>");
            table(List.of("Pupil", "Rising", "Incidents", "Earlier \u2192 later", "Evidence"), t.escalating(),
                    (EscalatingPupil e) -> List.of(e.pupil(), e.basis().name().toLowerCase(java.util.Locale.ROOT),
                            String.valueOf(e.incidentCount()), Labels.number(round(e.earlier())) + " \u2192 "
                                    + Labels.number(round(e.later())), "z = " + Labels.number(round(e.z())) + ", p = "
                                    + Labels.number(round(e.pValue())) + "; " + ids(e.incidents())),
                    "No pupil's incidents rose clearly in severity or frequency.");
            raw("</div>\n</div>\n");
            raw("<h3>Places and online spaces with more incidents than expected</h3>");
            table(List.of("Where", "Setting", "Among", "Incidents", "Expected", "Incidents (examples)"), t.locations(),
                    (LocationHotspot h) -> List.of(place(h), h.setting().map(Labels::setting).orElse("-"),
                            h.family().equals("all") ? "all incidents" : label(h.family()), String.valueOf(h.count()),
                            Labels.number(round(h.expected())), ids(h.incidents())),
                    "No place or platform stands out.");
            raw("<h3>Peer groups: pupils repeatedly involved together</h3>");
            if (!t.peerGroups().isEmpty()) {
                raw("<figure class=\"network\">").raw(Charts.peerNetwork(t.peerGroups(), 8)).raw("</figure>");
            }
            table(List.of("Group", "Pupils", "Links", "Incidents", "Dates"), numbered(t.peerGroups()),
                    (Numbered<PeerGroup> g) -> List.of(String.valueOf(g.n()), String.join(", ", g.value().members()),
                            String.valueOf(g.value().links()), ids(g.value().incidents()), g.value().dates().isEmpty()
                                    ? "" : ReviewText.dateRange(g.value().dates().get(0),
                                            g.value().dates().get(g.value().dates().size() - 1))),
                    "No group of pupils was involved together repeatedly.");
            raw("<h3>Themes: weeks well above a category&#39;s own baseline</h3>");
            table(List.of("Category", "Period", "Incidents", "Baseline per week", "Incidents (examples)"), t.themes(),
                    (ThemeSpike s) -> List.of(s.label(), ReviewText.dateRange(s.from(), s.to()),
                            String.valueOf(s.count()), Labels.number(round(s.baseline())), ids(s.incidents())),
                    "No category spiked above its baseline.");
            if (!t.tags().isEmpty()) {
                raw("<h3>Themes tagged in the records</h3>");
                table(List.of("Tag", "Incidents", "From", "To", "Incidents (examples)"), t.tags(),
                        (TagCount tc) -> List.of(tc.tag(), String.valueOf(tc.count()), Labels.date(tc.first()),
                                Labels.date(tc.last()), ids(tc.incidents())), "");
            }
            raw("</section>\n");
        }

        private String place(LocationHotspot h) {
            return h.platform().or(h::place).orElse(h.setting().map(Labels::setting).orElse("(unknown)"));
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }

        private String ids(List<ConcernId> ids) {
            return ReviewText.ids(ids, ID_LIMIT);
        }

        private <T> void table(List<String> headings, List<T> items, Function<T, List<String>> cells, String empty) {
            if (items.isEmpty()) {
                if (!empty.isEmpty()) {
                    el("p", "none", empty);
                }
                return;
            }
            raw("<table class=\"compact\"><thead><tr>");
            for (String h : headings) {
                raw("<th>").text(h).raw("</th>");
            }
            raw("</tr></thead><tbody>");
            for (T item : items.stream().limit(TABLE_LIMIT).toList()) {
                raw("<tr>");
                List<String> values = cells.apply(item);
                for (int i = 0; i < values.size(); i++) {
                    raw(i == values.size() - 1 && headings.get(i).startsWith("Incidents") ? "<td class=\"ids\">"
                            : "<td>").text(values.get(i)).raw("</td>");
                }
                raw("</tr>");
            }
            raw("</tbody></table>");
            if (items.size() > TABLE_LIMIT) {
                el("p", "note", "and " + (items.size() - TABLE_LIMIT) + " more (see the JSON output)");
            }
        }

        private record Numbered<T>(int n, T value) {
        }

        private static <T> List<Numbered<T>> numbered(List<T> items) {
            List<Numbered<T>> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(new Numbered<>(i + 1, items.get(i)));
            }
            return out;
        }

        private void quality() {
            QualitySummary q = review.quality();
            raw("<section id=\"quality\">\n<h2>5. Recording quality</h2>\n<p class=\"note\">")
                    .text("Findings of the recording-quality rules over " + ReviewText.count(q.recordsChecked())
                            + " records.").raw("</p>\n<div class=\"two\">\n<div>");
            List<Charts.Bar> bars = List.of(
                    share("With the child's voice", q.withChildVoice(), "#3d8b6e"),
                    share("With unlabelled opinion", q.withUnlabelledOpinion(), "#e07a5f"),
                    share("Decisions lacking rationale", q.withDecisionsLackingRationale(), "#e07a5f"),
                    share("Without a location", q.withoutLocation(), "#e07a5f"),
                    share("Actions without an owner", q.withUnownedActions(), "#e07a5f"));
            raw(Charts.bars("Recording quality", bars, 1.0));
            raw("</div>\n<div>");
            table(List.of("Rule", "Records", "Share", "Incidents (examples)"), q.byRule(),
                    (RuleCount r) -> List.of(Labels.ruleName(r.rule()), ReviewText.count(r.records()),
                            Labels.percent(r.share()), ReviewText.ids(r.examples(), 5)),
                    "No findings.");
            raw("</div>\n</div>\n</section>\n");
        }

        private static Charts.Bar share(String label, Share s, String colour) {
            return new Charts.Bar(label, s.share(), Labels.percent(s.share()) + " (" + ReviewText.count(s.count())
                    + " of " + ReviewText.count(s.total()) + ")", colour);
        }

        private void schools() {
            List<SchoolBreakdown> schools = review.schools();
            if (schools.size() < 2) {
                return;
            }
            raw("<section id=\"schools\">\n<h2>Schools</h2>\n<table class=\"compact\"><thead><tr><th>School</th>"
                    + "<th>Incidents</th><th>Safeguarding</th><th>Behavioural</th><th>Checklist</th></tr></thead>"
                    + "<tbody>");
            for (SchoolBreakdown s : schools) {
                raw("<tr><td>").text(s.schoolId()).raw("</td><td>").text(ReviewText.count(s.incidents()))
                        .raw("</td><td>").text(ReviewText.count(s.safeguarding())).raw("</td><td>")
                        .text(ReviewText.count(s.behavioural())).raw("</td><td>");
                s.checklist().forEach((id, a) -> {
                    raw("<span class=\"pair\">").text(id).raw(" ");
                    badge(a);
                    raw("</span> ");
                });
                raw("</td></tr>");
            }
            raw("</tbody></table>\n</section>\n");
        }

        private void followUps() {
            raw("<section id=\"follow-ups\">\n<h2>6. Follow-up plan</h2>\n<p class=\"note\">Suggested from the "
                    + "checklist and the trends; the reviewer edits, assigns and dates them.</p>\n");
            raw("<table class=\"followups\"><colgroup><col style=\"width:3%\"><col style=\"width:34%\">"
                    + "<col style=\"width:33%\"><col style=\"width:12%\"><col style=\"width:9%\">"
                    + "<col style=\"width:9%\"></colgroup><thead><tr><th>#</th><th>Action</th><th>Why</th>"
                    + "<th>Owner (role)</th><th>Due</th><th>From</th></tr></thead><tbody>\n");
            int n = 0;
            for (FollowUp f : review.followUps()) {
                n++;
                raw("<tr><td>").text(String.valueOf(n)).raw("</td><td>").para(f.action()).raw("</td><td>")
                        .para(f.reason()).raw("</td><td>").text(f.ownerRole()).raw("</td><td>")
                        .text(Labels.date(f.due())).raw("</td><td class=\"ids\">").text(f.source()).raw("</td></tr>\n");
            }
            for (int i = 0; i < 2; i++) {
                raw("<tr class=\"blank\"><td>").text(String.valueOf(++n))
                        .raw("</td><td></td><td></td><td></td><td></td><td></td></tr>\n");
            }
            raw("</tbody></table>\n</section>\n");
        }

        private void reflections() {
            raw("<section id=\"reflections\">\n<h2>7. Reviewer&#39;s further reflections</h2>\n");
            if (review.reflections().isPresent()) {
                raw("<div class=\"reflections\">").para(review.reflections().get()).raw("</div>\n");
            } else {
                raw("<div class=\"reflection-lines\" aria-label=\"space for the reviewer's reflections\"></div>\n");
            }
            raw("<div class=\"signoff\"><span>Reviewed by: ____________________</span><span>Role: "
                    + "____________________</span><span>Date: ______________</span></div>\n</section>\n");
        }
    }

    /** The page's style sheet: screen and print (A4 landscape). */
    private static final class Style {
        static final String CSS = """
                @page { size: A4 landscape; margin: 10mm 10mm 12mm; }
                :root { --ink:#1f2933; --muted:#616e7c; --line:#d5dbe3; --head:#1d3557; --soft:#f3f6f9;
                  --yes:#2f7d4f; --partial:#b7791f; --no:#b23a48; --sg:#b23a48; --bh:#2e6f9e; }
                * { box-sizing: border-box; }
                html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                body { margin:0; color:var(--ink); background:#fff;
                  font: 13px/1.45 "Segoe UI", "Helvetica Neue", Helvetica, Arial, sans-serif; }
                main { max-width: 1360px; margin: 0 auto; padding: 22px 28px 36px; }
                .form-head { display:flex; gap:28px; justify-content:space-between; align-items:flex-end;
                  border-bottom: 3px solid var(--head); padding-bottom: 12px; }
                .eyebrow { margin:0 0 2px; text-transform:uppercase; letter-spacing:.08em; font-size:11px;
                  color:var(--muted); font-weight:600; }
                h1 { margin:0; font-size:26px; color:var(--head); letter-spacing:-.01em; }
                .subtitle { margin:4px 0 0; color:var(--muted); max-width: 560px; }
                .meta { display:grid; grid-template-columns: repeat(3, minmax(150px, auto)); gap:6px 22px; margin:0; }
                .meta div { min-width:0; }
                .meta dt { font-size:10.5px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); }
                .meta dd { margin:0; font-weight:600; }
                .warning { background:#fdecee; border-left:5px solid var(--no); padding:8px 12px; margin:12px 0; }
                h2 { font-size:15px; color:#fff; background:var(--head); padding:6px 10px; margin:26px 0 10px;
                  border-radius:3px; break-after: avoid; page-break-after: avoid; }
                h3 { font-size:13.5px; margin:14px 0 6px; color:var(--head); break-after: avoid; }
                .note { color:var(--muted); margin:4px 0 8px; }
                .none { color:var(--muted); font-style:italic; }
                .kpis { display:grid; grid-template-columns: repeat(6, 1fr); gap:10px; margin:16px 0 12px; }
                .kpi { border:1px solid var(--line); border-radius:6px; padding:9px 12px; background:var(--soft); }
                .kpi b { display:block; font-size:22px; line-height:1.2; color:var(--head); }
                .kpi.sg b { color:var(--sg); } .kpi.bh b { color:var(--bh); }
                .kpi span { color:var(--muted); font-size:11.5px; }
                .tally { display:flex; gap:10px; }
                .tally div { display:flex; flex-direction:column; align-items:center; }
                .tally b { font-size:20px; } .tally b.yes { color:var(--yes); } .tally b.partial { color:var(--partial); }
                .tally b.no { color:var(--no); }
                .tally small { font-size:10px; font-weight:700; letter-spacing:.05em; }
                .tally .yes { color:var(--yes); } .tally .partial { color:var(--partial); } .tally .no { color:var(--no); }
                .charts { display:grid; grid-template-columns: 1fr 1fr; gap:12px; }
                figure { margin:0; border:1px solid var(--line); border-radius:6px; padding:10px 12px 6px;
                  break-inside: avoid; page-break-inside: avoid; }
                figure.wide { grid-column: 1 / -1; }
                figcaption { font-weight:600; margin-bottom:6px; color:var(--head); }
                figure.network { margin-bottom:10px; }
                figure.network svg { max-width: 1000px; }
                svg { display:block; height:auto; }
                table { border-collapse:collapse; width:100%; }
                th, td { border:1px solid var(--line); padding:5px 7px; vertical-align:top; text-align:left; }
                thead { display: table-header-group; }
                thead th { background:#e6edf5; font-size:11.5px; line-height:1.25; color:var(--head); }
                th small { font-weight:400; color:var(--muted); }
                tr { break-inside: avoid; page-break-inside: avoid; }
                tbody tr:nth-child(even) td { background:#fafbfc; }
                table.rows { table-layout: fixed; font-size:12px; }
                col.c-student { width:10%; } col.c-overview { width:22%; } col.c-others { width:10%; }
                col.c-agency { width:10%; } col.c-category { width:11%; } col.c-resp { width:11%; }
                col.c-actions { width:15%; }
                td ul { margin:0; padding-left:15px; } td li { margin:0 0 2px; }
                td.overview { white-space: normal; overflow-wrap: anywhere; }
                td { overflow-wrap: break-word; }
                .ids { font-family: "Cascadia Mono", Consolas, "Liberation Mono", monospace; font-size:10.5px;
                  color:var(--muted); overflow-wrap:anywhere; }
                .tag { display:inline-block; font-size:10px; padding:0 6px; border-radius:8px; border:1px solid;
                  white-space:nowrap; }
                .tag.sg { color:var(--sg); border-color:var(--sg); } .tag.bh { color:var(--bh); border-color:var(--bh); }
                .tag:not(.sg):not(.bh) { color:var(--muted); }
                .badge { display:inline-block; min-width:58px; text-align:center; padding:2px 8px; border-radius:11px;
                  font-weight:700; font-size:11px; letter-spacing:.04em; color:#fff; }
                .badge.yes { background:var(--yes); } .badge.partial { background:var(--partial); }
                .badge.no { background:var(--no); }
                .override { margin-top:6px; font-size:11.5px; color:var(--muted); }
                table.checklist td:nth-child(3) { text-align:center; }
                ul.figures { margin:4px 0; padding-left:16px; color:var(--ink); }
                .three { display:grid; grid-template-columns: 1.1fr 1fr 1fr; gap:18px; }
                .two { display:grid; grid-template-columns: 1fr 1fr; gap:18px; }
                table.compact { font-size:12px; margin-bottom:8px; }
                table.compact th, table.compact td { padding:3px 6px; }
                tr.gap td { color:var(--no); }
                .flag { border-left:4px solid var(--no); background:#fdf3f4; padding:5px 8px; margin:6px 0; }
                .meter { display:inline-block; width:60px; height:8px; background:#e4e7eb; border-radius:4px;
                  vertical-align:middle; overflow:hidden; }
                .meter span { display:block; height:100%; background:var(--bh); }
                .pair { white-space:nowrap; margin-right:6px; }
                tr.blank td { height:30px; }
                .reflections { border:1px solid var(--line); border-radius:6px; padding:10px 12px; min-height:80px; }
                .reflection-lines { height:150px; border:1px solid var(--line); border-radius:6px;
                  background: repeating-linear-gradient(#fff 0 29px, var(--line) 29px 30px); }
                .signoff { display:flex; gap:40px; margin-top:14px; color:var(--muted); }
                footer { margin-top:26px; border-top:1px solid var(--line); color:var(--muted); font-size:11px; }
                @media (max-width: 900px) { .three, .two, .charts { grid-template-columns: 1fr; }
                  .kpis { grid-template-columns: repeat(3, 1fr); } .form-head { display:block; } }
                @media print {
                  main { max-width:none; padding:0; }
                  body { font-size:11px; }
                  h2 { margin-top:14px; }
                  .glance, #checklist, #follow-ups, #reflections { break-before: page; page-break-before: always; }
                  .glance { break-before: auto; page-break-before: auto; }
                  a { color:inherit; text-decoration:none; }
                }
                """;
    }
}
