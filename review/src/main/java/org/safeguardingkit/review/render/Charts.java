package org.safeguardingkit.review.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.review.considerations.KindResponses;
import org.safeguardingkit.review.considerations.ResponseCounts;
import org.safeguardingkit.review.trends.PeerGroup;
import org.safeguardingkit.review.trends.ThemeSpike;

/**
 * The review's charts as inline SVG (no scripts, no external resources; every label escaped). Each method returns
 * one {@code <svg>} element, scaled to its container by its {@code viewBox}. Stateless.
 */
final class Charts {

    /** Colours for categories, in order of frequency; the last is for "other". */
    static final List<String> PALETTE = List.of("#2e6f9e", "#e07a5f", "#3d8b6e", "#f2b134", "#8e6bb0", "#5fb3c4",
            "#c2577a", "#9aa5b1");
    static final String SAFEGUARDING = "#b23a48";
    static final String BEHAVIOURAL = "#2e6f9e";
    private static final String INK = "#1f2933";
    private static final String MUTED = "#616e7c";
    private static final String GRID = "#e4e7eb";
    private static final String FONT = "font-family=\"Segoe UI, Helvetica, Arial, sans-serif\"";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private Charts() {
    }

    /** A named series of the stacked chart. */
    record Series(String key, String label, String colour) {
    }

    /** A bar of a bar chart. */
    record Bar(String label, double value, String text, String colour) {
    }

    /**
     * Incidents per week, stacked by the most frequent categories; spikes are shaded.
     *
     * @param timeline the weekly counts
     * @param label category code to label
     * @param spikes theme spikes to mark
     * @return the SVG
     */
    static String incidentsOverTime(Timeline timeline, Function<String, String> label, List<ThemeSpike> spikes) {
        Map<String, Long> totals = new HashMap<>();
        timeline.weekly().values().forEach(m -> m.forEach((k, v) -> totals.merge(k, v, Long::sum)));
        List<String> top = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(PALETTE.size() - 1L).map(Map.Entry::getKey).toList();
        boolean hasOther = totals.size() > top.size();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            series.add(new Series(top.get(i), label.apply(top.get(i)), PALETTE.get(i)));
        }
        if (hasOther) {
            series.add(new Series(null, "Other categories", PALETTE.get(PALETTE.size() - 1)));
        }

        List<LocalDate> weeks = new ArrayList<>();
        if (!timeline.weekly().isEmpty()) {
            for (LocalDate w = timeline.weekly().firstKey(); !w.isAfter(timeline.weekly().lastKey());
                    w = w.plusWeeks(1)) {
                weeks.add(w);
            }
        }
        long max = 1;
        for (LocalDate w : weeks) {
            max = Math.max(max, timeline.weekly().getOrDefault(w, Map.of()).values().stream()
                    .mapToLong(Long::longValue).sum());
        }
        int width = 1000;
        int legendRows = (series.size() + 3) / 4;
        int left = 46;
        int right = 12;
        int top0 = 14;
        int plotH = 220;
        int height = top0 + plotH + 28 + legendRows * 20 + 6;
        double plotW = width - left - right;
        double step = niceStep(max);
        double axisMax = Math.ceil(max / step) * step;
        StringBuilder svg = open(width, height, "Incidents per week by category");
        // Grid and axis.
        for (double t = 0; t <= axisMax + step / 2; t += step) {
            double y = top0 + plotH - t / axisMax * plotH;
            svg.append(line(left, y, width - right, y, GRID, 1));
            svg.append(text(left - 6, y + 4, Labels.number(t), "end", 11, MUTED));
        }
        int n = Math.max(1, weeks.size());
        double bw = plotW / n;
        // Spikes behind the bars; the three strongest are labelled, staggered so that labels do not collide.
        List<ThemeSpike> labelled = spikes.stream().sorted(Comparator.comparingDouble(ThemeSpike::z).reversed())
                .limit(3).toList();
        StringBuilder spikeLabels = new StringBuilder();
        for (ThemeSpike spike : spikes) {
            int i = weeks.indexOf(Timeline.monday(spike.from()));
            if (i >= 0) {
                int span = Math.max(1, (int) Math.ceil((spike.to().toEpochDay() - spike.from().toEpochDay() + 1) / 7.0));
                double x = left + i * bw;
                int rank = labelled.indexOf(spike);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
                        x, top0, bw * span, plotH, rank >= 0 ? "#fbd5d5" : "#fdf0f0", Html.escape("Spike: "
                                + spike.label() + ", " + spike.count() + " incidents, week of "
                                + Labels.date(spike.from()))));
                if (rank >= 0) {
                    double lx = Math.min(Math.max(x + bw * span / 2, left + 90), width - right - 90);
                    spikeLabels.append(text(lx, top0 + 11 + rank * 13, "spike: " + shorten(spike.label(), 30) + " ("
                            + spike.count() + ")", "middle", 10.5, SAFEGUARDING));
                }
            }
        }
        svg.append(spikeLabels);
        String previousMonth = "";
        for (int i = 0; i < weeks.size(); i++) {
            LocalDate w = weeks.get(i);
            Map<String, Long> counts = timeline.weekly().getOrDefault(w, Map.of());
            double y = top0 + plotH;
            double x = left + i * bw + Math.min(1.0, bw * 0.15);
            double wdt = Math.max(0.5, bw - 2 * Math.min(1.0, bw * 0.15));
            long other = counts.values().stream().mapToLong(Long::longValue).sum();
            for (Series s : series) {
                long v = s.key() == null ? other : counts.getOrDefault(s.key(), 0L);
                if (s.key() != null) {
                    other -= v;
                }
                if (v <= 0) {
                    continue;
                }
                double h = v / axisMax * plotH;
                y -= h;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                        x, y, wdt, h, s.colour(), Html.escape("Week of " + Labels.date(w) + ": " + v + " " + s.label())));
            }
            String month = w.plusDays(3).format(MONTH);
            if (!month.equals(previousMonth)) {
                svg.append(text(left + i * bw + 2, top0 + plotH + 16, month + (i == 0 || month.equals("Jan")
                        ? " " + w.plusDays(3).getYear() : ""), "start", 11, MUTED));
                svg.append(line(left + i * bw, top0 + plotH, left + i * bw, top0 + plotH + 5, MUTED, 1));
                previousMonth = month;
            }
        }
        svg.append(line(left, top0 + plotH, width - right, top0 + plotH, MUTED, 1));
        if (weeks.isEmpty()) {
            svg.append(text(width / 2.0, top0 + plotH / 2.0, "No incidents in the period", "middle", 14, MUTED));
        }
        legend(svg, series.stream().map(s -> new String[] {s.label(), s.colour()}).toList(), left,
                top0 + plotH + 34, 4, (width - left) / 4.0);
        return svg.append("</svg>").toString();
    }

    /**
     * Horizontal bars with a label column.
     *
     * @param title the accessible title
     * @param bars the bars, drawn in order
     * @param max the value of a full bar
     * @return the SVG
     */
    static String bars(String title, List<Bar> bars, double max) {
        int width = 480;
        int row = 24;
        int labelW = 178;
        int height = Math.max(1, bars.size()) * row + 10;
        double barMax = width - labelW - 104;
        StringBuilder svg = open(width, height, title);
        double m = max <= 0 ? 1 : max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = 5 + i * row;
            svg.append(text(labelW - 8, y + 15, shorten(b.label(), 30), "end", 12, INK));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"#eef2f6\"/>", labelW, y + 3,
                    barMax));
            double w = Math.max(b.value() > 0 ? 2 : 0, b.value() / m * barMax);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"2\" fill=\"%s\"><title>%s</title></rect>",
                    labelW, y + 3, w, b.colour(), Html.escape(b.label() + ": " + b.text())));
            svg.append(text(labelW + barMax + 6, y + 15, b.text(), "start", 12, INK));
        }
        if (bars.isEmpty()) {
            svg.append(text(width / 2.0, 18, "Nothing recorded", "middle", 12, MUTED));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * How behavioural and safeguarding incidents were responded to: shares of each kind's incidents.
     *
     * @param byKind response counts by kind
     * @return the SVG
     */
    static String responsesByKind(List<KindResponses> byKind) {
        List<String[]> measures = List.of(new String[] {"Sanction", "sanction"},
                new String[] {"Support", "support"}, new String[] {"Referral", "referral"},
                new String[] {"Sanction only", "sanctionOnly"},
                new String[] {"Peer group, school or place", "context"}, new String[] {"No response", "none"});
        List<KindResponses> kinds = byKind.stream()
                .sorted(Comparator.comparing(k -> k.kind() == CategoryKind.BEHAVIOURAL ? 0 : 1)).toList();
        int width = 480;
        int group = 14 * Math.max(1, kinds.size()) + 10;
        int labelW = 178;
        int height = measures.size() * group + 30;
        double barMax = width - labelW - 50;
        StringBuilder svg = open(width, height, "Responses by kind of incident");
        for (int m = 0; m < measures.size(); m++) {
            double y = 4 + m * group;
            svg.append(text(labelW - 8, y + 6 + 7.0 * kinds.size(), measures.get(m)[0], "end", 12, INK));
            for (int k = 0; k < kinds.size(); k++) {
                ResponseCounts c = kinds.get(k).counts();
                long v = value(c, measures.get(m)[1]);
                double share = c.incidents() == 0 ? 0 : (double) v / c.incidents();
                String colour = kinds.get(k).kind() == CategoryKind.SAFEGUARDING ? SAFEGUARDING : BEHAVIOURAL;
                double by = y + k * 14;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"11\" rx=\"2\" fill=\"%s\"><title>%s</title></rect>",
                        labelW, by, Math.max(share > 0 ? 2 : 0, share * barMax), colour,
                        Html.escape(Labels.kind(kinds.get(k).kind()) + ": " + v + " of " + c.incidents())));
                svg.append(text(labelW + share * barMax + 5, by + 10, Labels.percent(share), "start", 10, MUTED));
            }
        }
        legend(svg, kinds.stream().map(k -> new String[] {Labels.kind(k.kind()) + " (" + k.counts().incidents()
                + ")", k.kind() == CategoryKind.SAFEGUARDING ? SAFEGUARDING : BEHAVIOURAL}).toList(), labelW,
                height - 18, 2, 150);
        return svg.append("</svg>").toString();
    }

    private static long value(ResponseCounts c, String field) {
        return switch (field) {
            case "sanction" -> c.sanction();
            case "support" -> c.support();
            case "referral" -> c.referral();
            case "sanctionOnly" -> c.sanctionOnly();
            case "context" -> c.context();
            default -> c.none();
        };
    }

    /**
     * The peer groups as small networks: pupils (pseudonyms) as nodes, joined when involved together.
     *
     * @param groups the groups
     * @param limit how many groups to draw
     * @return the SVG
     */
    static String peerNetwork(List<PeerGroup> groups, int limit) {
        List<PeerGroup> shown = groups.stream()
                .sorted(Comparator.comparingInt(PeerGroup::links).reversed()
                        .thenComparing(g -> g.members().size()))
                .limit(limit).toList();
        int perRow = Math.min(4, Math.max(1, shown.size()));
        int cellW = 250;
        int cellH = 230;
        int rows = (shown.size() + perRow - 1) / perRow;
        int width = perRow * cellW;
        int height = Math.max(1, rows) * cellH;
        StringBuilder svg = open(width, height, "Peer groups: pupils involved together");
        svg.insert(svg.indexOf(" width=\"100%\""), " style=\"max-width:" + width + "px;margin:0 auto\"");
        for (int g = 0; g < shown.size(); g++) {
            PeerGroup group = shown.get(g);
            double cx = (g % perRow) * cellW + cellW / 2.0;
            double cy = (g / perRow) * cellH + 100;
            String colour = PALETTE.get(g % (PALETTE.size() - 1));
            List<String> members = group.members();
            int n = members.size();
            double r = n <= 2 ? 45 : Math.min(72, 30 + 7 * n);
            double[][] pos = new double[n][2];
            for (int i = 0; i < n; i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / n;
                pos[i][0] = cx + r * Math.cos(a);
                pos[i][1] = cy + r * Math.sin(a);
            }
            // Only a group whose every pair is linked is drawn as a web; otherwise the members hang from the group,
            // because the review says which pupils are connected, not which pairs.
            boolean complete = group.links() >= n * (n - 1) / 2;
            for (int i = 0; i < n; i++) {
                if (complete) {
                    for (int j = i + 1; j < n; j++) {
                        svg.append(line(pos[i][0], pos[i][1], pos[j][0], pos[j][1], colour, 1.6)
                                .replace("/>", " stroke-opacity=\"0.55\"/>"));
                    }
                } else {
                    svg.append(line(cx, cy, pos[i][0], pos[i][1], colour, 1.6)
                            .replace("/>", " stroke-opacity=\"0.55\"/>"));
                }
            }
            if (!complete) {
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>",
                        cx, cy, colour));
            }
            for (int i = 0; i < n; i++) {
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"2\">"
                                + "<title>%s</title></circle>",
                        pos[i][0], pos[i][1], colour, Html.escape(members.get(i))));
                if (n <= 6) {
                    double ty = pos[i][1] < cy - 1 ? pos[i][1] - 13 : pos[i][1] + 21;
                    svg.append(text(pos[i][0], ty, shorten(members.get(i), 14), "middle", 9.5, INK));
                }
            }
            svg.append(text(cx, (g / perRow) * cellH + 214, n + " pupils, " + group.links() + " link"
                    + (group.links() == 1 ? "" : "s"), "middle", 11, MUTED));
        }
        if (shown.isEmpty()) {
            svg.append(text(width / 2.0, 40, "No peer groups found", "middle", 12, MUTED));
        }
        return svg.append("</svg>").toString();
    }

    // ----------------------------------------------------------------------------------------------- drawing

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" ").append(FONT).append("><title>").append(Html.escape(title)).append("</title>");
        return sb;
    }

    private static void legend(StringBuilder svg, List<String[]> items, double x0, double y0, int perRow,
            double colW) {
        for (int i = 0; i < items.size(); i++) {
            double x = x0 + (i % perRow) * colW;
            double y = y0 + (i / perRow) * 20;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"11\" rx=\"2\" fill=\"%s\"/>", x, y - 9,
                    items.get(i)[1]));
            svg.append(text(x + 16, y + 1, shorten(items.get(i)[0], (int) (colW / 7)), "start", 11, INK));
        }
    }

    private static String text(double x, double y, String text, String anchor, double size, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%.1f\" "
                + "fill=\"%s\">%s</text>", x, y, anchor, size, colour, Html.escape(text));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"/>", x1, y1, x2, y2, colour, width);
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A round step for about five grid lines up to {@code max}: 1, 2, 2.5 or 5 times a power of ten, at least 1. */
    static double niceStep(double max) {
        double raw = Math.max(1, max / 5);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Place bars, largest first, "Not recorded" last. */
    static List<Bar> placeBars(Map<String, Long> places, int limit) {
        List<Bar> bars = new ArrayList<>();
        Map<String, Long> sorted = new LinkedHashMap<>();
        places.entrySet().stream().filter(e -> !e.getKey().equals(Timeline.NOT_RECORDED))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        long total = places.values().stream().mapToLong(Long::longValue).sum();
        sorted.forEach((k, v) -> bars.add(new Bar(k, v, v + " (" + Labels.percent((double) v / total) + ")",
                k.startsWith("Online") ? "#8e6bb0" : "#3d8b6e")));
        Long missing = places.get(Timeline.NOT_RECORDED);
        if (missing != null) {
            bars.add(new Bar(Timeline.NOT_RECORDED, missing, missing + " (" + Labels.percent((double) missing / total)
                    + ")", "#9aa5b1"));
        }
        return bars;
    }
}
