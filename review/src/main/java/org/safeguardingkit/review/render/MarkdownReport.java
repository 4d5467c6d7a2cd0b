package org.safeguardingkit.review.render;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewRow;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.considerations.CategoryCount;
import org.safeguardingkit.review.considerations.FieldFill;
import org.safeguardingkit.review.considerations.IncidentTypes;
import org.safeguardingkit.review.considerations.KindResponses;
import org.safeguardingkit.review.considerations.ResponseCounts;
import org.safeguardingkit.review.considerations.SanctionOnlyFlag;
import org.safeguardingkit.review.followup.FollowUp;
import org.safeguardingkit.review.quality.QualitySummary;
import org.safeguardingkit.review.quality.RuleCount;
import org.safeguardingkit.review.trends.EscalatingPupil;
import org.safeguardingkit.review.trends.LocationHotspot;
import org.safeguardingkit.review.trends.PeerGroup;
import org.safeguardingkit.review.trends.RepeatedPupil;
import org.safeguardingkit.review.trends.TagCount;
import org.safeguardingkit.review.trends.ThemeSpike;
import org.safeguardingkit.review.trends.Trends;

/**
 * Renders a review as Markdown (GitHub-flavoured tables), with the same sections as the HTML page and no charts.
 * Text from records is escaped: HTML special characters become entities (Markdown renderers pass HTML through),
 * Markdown punctuation is backslash-escaped, and line breaks in table cells become spaces.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownReport {

    private static final int ID_LIMIT = 8;

    private MarkdownReport() {
    }

    /**
     * Writes the report.
     *
     * @param review the review
     * @param out where to write (not closed)
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Review review, Writer out) {
        write(review, Timeline.ofRows(review.rows()), out);
    }

    /**
     * Writes the report; the timeline gives the first and last day of an open-ended period.
     *
     * @param review the review
     * @param timeline the whole period's counts
     * @param out where to write (not closed)
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Review review, Timeline timeline, Writer out) {
        ReportFormat.writeText(render(review, timeline), out);
    }

    /**
     * The report.
     *
     * @param review the review
     * @return the Markdown
     */
    public static String render(Review review) {
        return render(review, Timeline.ofRows(review.rows()));
    }

    /**
     * The report; the timeline gives the first and last day of an open-ended period.
     *
     * @param review the review
     * @param timeline the whole period's counts
     * @return the Markdown
     */
    public static String render(Review review, Timeline timeline) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(timeline, "timeline");
        StringBuilder md = new StringBuilder(16 * 1024);
        md.append("# Behaviour log review (Appendix A)\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Period | ").append(cell(ReviewText.period(review.period(), timeline.first(), timeline.last()))).append(" |\n");
        md.append("| Sample | ").append(cell(ReviewText.sample(review.sample()))).append(" |\n");
        md.append("| Seed | ").append(cell(review.sample().seed().map(String::valueOf).orElse("not used")))
                .append(" |\n");
        md.append("| Anonymised | ").append(cell(ReviewText.anonymised(review))).append(" |\n");
        md.append("| Taxonomy | ").append(cell(review.taxonomy())).append(" |\n\n");
        if (!review.anonymised()) {
            md.append("> **Not anonymised.** Handle and store this review as a safeguarding record.\n\n");
        }

        md.append("## 1. Incidents reviewed\n\n");
        md.append("| Student details (M/F, year group) | Overview of incident | Other students involved | "
                + "Agency involvements | Behaviour category (safeguarding / behavioural) | Response (individuals "
                + "involved) | Response (peer group, whole school, environment) | Actions taken |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (ReviewRow row : review.rows()) {
            md.append("| ").append(cell(Labels.student(row.student()) + ", " + row.student().pupil() + ", "
                    + Labels.date(row.date()) + ", " + row.incident().value()))
                    .append(" | ").append(cell(row.overview()))
                    .append(" | ").append(cells(row.otherStudents().stream().map(Labels::involved).toList()))
                    .append(" | ").append(cells(row.agencies().stream().map(Labels::agency).toList()))
                    .append(" | ").append(cells(row.categories().stream().map(MarkdownReport::category).toList()))
                    .append(" | ").append(cells(row.individualResponses().stream()
                            .map(r -> Labels.response(r, false)).toList()))
                    .append(" | ").append(cells(row.contextResponses().stream()
                            .map(r -> Labels.response(r, true)).toList()))
                    .append(" | ").append(cells(row.actions().stream().map(Labels::action).toList()))
                    .append(" |\n");
        }
        md.append('\n');

        md.append("## 2. Key considerations\n\n### What types of incidents are recorded?\n\n");
        IncidentTypes types = review.keyConsiderations().incidentTypes();
        md.append(cell(types.incidents() + " incidents: " + types.safeguarding() + " safeguarding, "
                + types.behavioural() + " behavioural, " + types.uncategorised() + " without a category.")).append("\n\n");
        if (!types.byCategory().isEmpty()) {
            md.append("| Category | Kind | Incidents |\n|---|---|---:|\n");
            for (CategoryCount c : types.byCategory()) {
                md.append("| ").append(cell(c.label())).append(" | ").append(cell(Labels.kind(c.kind())))
                        .append(" | ").append(c.count()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("### How are incidents responded to?\n\n");
        for (KindResponses kr : review.keyConsiderations().responses().byKind()) {
            ResponseCounts c = kr.counts();
            md.append("- **").append(Labels.kind(kr.kind())).append("**: ").append(c.incidents())
                    .append(" incidents; sanction ").append(c.sanction()).append(", support ").append(c.support())
                    .append(", referral ").append(c.referral()).append(", sanction only ").append(c.sanctionOnly())
                    .append(", beyond the individual ").append(c.context()).append(", no response ").append(c.none())
                    .append('\n');
        }
        for (SanctionOnlyFlag f : review.keyConsiderations().responses().sanctionOnly()) {
            md.append("- ").append(cell(f.label() + ": " + f.sanctionOnly() + " of " + f.incidents()
                    + " incidents met only with sanctions (" + f.reason() + "); e.g. "
                    + ReviewText.ids(f.examples(), 4))).append('\n');
        }
        md.append("\n### What gaps are there?\n\n");
        for (FieldFill f : review.keyConsiderations().gaps().fields()) {
            md.append("- ").append(cell(f.field() + ": " + f.filled() + " of " + f.total() + " ("
                    + Labels.percent(f.share()) + ")" + (f.rarelyFilled() ? ", rarely filled" : ""))).append('\n');
        }
        if (!review.keyConsiderations().gaps().categoriesNeverUsed().isEmpty()) {
            md.append("- Categories never used: ").append(cell(String.join(", ",
                    review.keyConsiderations().gaps().categoriesNeverUsed()))).append('\n');
        }
        for (RuleCount r : review.keyConsiderations().gaps().recurringFindings()) {
            md.append("- Recurring: ").append(cell(Labels.ruleName(r.rule()) + " in " + Labels.percent(r.share())
                    + " of records")).append('\n');
        }
        md.append('\n');

        md.append("## 3. Checklist\n\n| # | Does your behaviour log capture... | Answer | Evidence | "
                + "Suggested follow-up |\n|---:|---|---|---|---|\n");
        int n = 0;
        for (ChecklistItem item : review.checklist()) {
            n++;
            List<String> parts = new java.util.ArrayList<>();
            item.evidence().figures().forEach(f -> parts.add(ReviewText.figure(f)));
            if (!item.evidence().incidents().isEmpty()) {
                parts.add("incidents: " + ReviewText.ids(item.evidence().incidents(), ID_LIMIT));
            }
            String summary = item.evidence().summary().strip();
            StringBuilder evidence = new StringBuilder(summary);
            if (!parts.isEmpty()) {
                evidence.append(summary.isEmpty() ? "" : summary.endsWith(".") ? " " : "; ")
                        .append(String.join("; ", parts));
            }
            String answer = "**" + item.answer().name() + "**" + item.override()
                    .map(o -> " (reviewer: **" + o.answer().name() + "**, " + cell(o.note()) + ")").orElse("");
            md.append("| ").append(n).append(" | ").append(cell(item.question())).append(" `")
                    .append(code(item.id())).append("` | ").append(answer).append(" | ")
                    .append(cell(evidence.toString())).append(" | ").append(cell(item.followUp().orElse("")))
                    .append(" |\n");
        }
        md.append('\n');

        Trends t = review.trends();
        md.append("## 4. Trends and patterns (whole period)\n\n### Repeated incidents\n\n");
        for (RepeatedPupil r : limit(t.repeated())) {
            md.append("- ").append(cell(r.pupil() + ": " + r.maxInWindow() + " in " + r.windowDays() + " days ("
                    + ReviewText.dateRange(r.from(), r.to()) + "), " + r.total() + " in all; "
                    + ReviewText.ids(r.incidents(), ID_LIMIT))).append('\n');
        }
        more(md, t.repeated());
        none(md, t.repeated());
        md.append("\n### Escalating behaviour\n\n");
        for (EscalatingPupil e : limit(t.escalating())) {
            md.append("- ").append(cell(e.pupil() + ": " + e.basis().name().toLowerCase(java.util.Locale.ROOT)
                    + " rising over " + e.incidentCount() + " incidents (z = " + Labels.number(round(e.z()))
                    + "); " + ReviewText.ids(e.incidents(), ID_LIMIT))).append('\n');
        }
        more(md, t.escalating());
        none(md, t.escalating());
        md.append("\n### Locations\n\n");
        for (LocationHotspot h : limit(t.locations())) {
            md.append("- ").append(cell(h.platform().or(h::place).orElse("(unknown)") + ": " + h.count()
                    + " incidents, expected " + Labels.number(round(h.expected())) + " (" + h.family() + "); "
                    + ReviewText.ids(h.incidents(), ID_LIMIT))).append('\n');
        }
        more(md, t.locations());
        none(md, t.locations());
        md.append("\n### Peer groups\n\n");
        for (PeerGroup g : limit(t.peerGroups())) {
            md.append("- ").append(cell(String.join(", ", g.members()) + ": " + g.incidents().size()
                    + " incidents; " + ReviewText.ids(g.incidents(), ID_LIMIT))).append('\n');
        }
        more(md, t.peerGroups());
        none(md, t.peerGroups());
        md.append("\n### Themes\n\n");
        for (ThemeSpike s : limit(t.themes())) {
            md.append("- ").append(cell(s.label() + ": " + s.count() + " incidents " + ReviewText.dateRange(s.from(),
                    s.to()) + " against a baseline of " + Labels.number(round(s.baseline())) + " a week; "
                    + ReviewText.ids(s.incidents(), ID_LIMIT))).append('\n');
        }
        more(md, t.themes());
        for (TagCount tc : limit(t.tags())) {
            md.append("- Tag ").append(cell(tc.tag() + ": " + tc.count() + " incidents, "
                    + ReviewText.dateRange(tc.first(), tc.last()))).append('\n');
        }
        if (t.themes().isEmpty() && t.tags().isEmpty()) {
            md.append("None found.\n");
        }
        md.append('\n');

        QualitySummary q = review.quality();
        md.append("## 5. Recording quality\n\n");
        md.append("- Records checked: ").append(q.recordsChecked()).append('\n');
        md.append("- With the child's voice: ").append(Labels.percent(q.withChildVoice().share())).append('\n');
        md.append("- With unlabelled opinion: ").append(Labels.percent(q.withUnlabelledOpinion().share())).append('\n');
        md.append("- Decisions lacking rationale: ").append(Labels.percent(q.withDecisionsLackingRationale().share()))
                .append('\n');
        md.append("- Without a location: ").append(Labels.percent(q.withoutLocation().share())).append('\n');
        md.append("- Actions without an owner: ").append(Labels.percent(q.withUnownedActions().share())).append('\n');
        for (RuleCount r : q.byRule()) {
            md.append("- ").append(cell(Labels.ruleName(r.rule()) + " (" + r.rule() + "): " + r.records()
                    + " records, " + Labels.percent(r.share()))).append('\n');
        }
        md.append('\n');

        md.append("## 6. Follow-up plan\n\n| # | Action | Why | Owner (role) | Due |\n|---:|---|---|---|---|\n");
        n = 0;
        for (FollowUp f : review.followUps()) {
            n++;
            md.append("| ").append(n).append(" | ").append(cell(f.action())).append(" | ").append(cell(f.reason()))
                    .append(" | ").append(cell(f.ownerRole())).append(" | ").append(Labels.date(f.due()))
                    .append(" |\n");
        }
        md.append("\n## 7. Reviewer's further reflections\n\n");
        md.append(review.reflections().map(MarkdownReport::paragraph).orElse("_To be completed by the reviewer._"))
                .append('\n');
        return md.toString();
    }

    private static final int LIST_LIMIT = 20;

    private static <T> List<T> limit(List<T> items) {
        return items.size() <= LIST_LIMIT ? items : items.subList(0, LIST_LIMIT);
    }

    private static void more(StringBuilder md, List<?> items) {
        if (items.size() > LIST_LIMIT) {
            md.append("- and ").append(items.size() - LIST_LIMIT).append(" more (see the JSON output)\n");
        }
    }

    private static void none(StringBuilder md, List<?> items) {
        if (items.isEmpty()) {
            md.append("None found.\n");
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String category(CategoryEntry c) {
        return c.label() + " (" + Labels.kind(c.kind()).toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String cells(List<String> items) {
        return items.isEmpty() ? "-" : items.stream().map(MarkdownReport::cell).collect(Collectors.joining("<br>"));
    }

    /**
     * Escapes text for a Markdown table cell or list item: one line, HTML special characters as entities, inline
     * Markdown punctuation backslash-escaped, and a leading list, heading or numbered-list marker neutralised.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String html = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip()
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        StringBuilder sb = new StringBuilder(html.length() + 8);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if ("\\`*_[]|~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        if (sb.length() > 0 && "#+-=".indexOf(sb.charAt(0)) >= 0) {
            sb.insert(0, '\\');
        }
        int digits = 0;
        while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < sb.length() && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')) {
            sb.insert(digits, '\\');
        }
        return sb.toString();
    }

    private static String code(String text) {
        return text.replace("`", "'");
    }

    private static String paragraph(String text) {
        return text.replace("\r\n", "\n").lines().map(MarkdownReport::cell)
                .collect(Collectors.joining("  \n"));
    }
}
