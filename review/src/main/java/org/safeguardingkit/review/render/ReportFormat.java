package org.safeguardingkit.review.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewJson;

/**
 * The formats a review is rendered in.
 */
public enum ReportFormat {
    /** A self-contained printable HTML page with charts ({@link HtmlReport}). */
    HTML("html"),
    /** Markdown ({@link MarkdownReport}). */
    MD("md"),
    /** JSON ({@link ReviewJson}). */
    JSON("json"),
    /** CSV of the rows, safe to open in a spreadsheet ({@link CsvRows}). */
    CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The usual file extension, without the dot.
     *
     * @return the extension
     */
    public String extension() {
        return extension;
    }

    /**
     * Parses a format name or extension: {@code html}, {@code md} (or {@code markdown}), {@code json}, {@code csv}.
     *
     * @param text the name
     * @return the format
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReportFormat parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        if (key.equals("markdown")) {
            return MD;
        }
        for (ReportFormat f : values()) {
            if (f.extension.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("SGK-0751: unknown format '" + text + "'; expected one of: "
                + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", ")));
    }

    /**
     * Renders a review in this format.
     *
     * @param review the review
     * @param timeline the whole period's weekly counts, for the HTML charts and the period's first and last day
     * @param out where to write (flushed, not closed)
     * @throws UncheckedIOException if writing fails
     */
    public void render(Review review, Timeline timeline, Writer out) {
        switch (this) {
            case HTML -> HtmlReport.write(review, timeline, out);
            case MD -> MarkdownReport.write(review, timeline, out);
            case CSV -> CsvRows.write(review, out);
            case JSON -> writeText(ReviewJson.write(review) + "\n", out);
        }
    }

    /** Writes a rendered report and flushes; the writer stays open. */
    static void writeText(String text, Writer out) {
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
