/**
 * Renderers of a {@link org.safeguardingkit.review.Review} (API): a self-contained printable HTML page laid out like
 * the Appendix A form with inline SVG charts ({@link org.safeguardingkit.review.render.HtmlReport}), Markdown
 * ({@link org.safeguardingkit.review.render.MarkdownReport}), CSV of the rows that is safe to open in a spreadsheet
 * ({@link org.safeguardingkit.review.render.CsvRows}) and JSON ({@link org.safeguardingkit.review.ReviewJson}),
 * chosen by {@link org.safeguardingkit.review.render.ReportFormat}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("review.html"))) {
 *     ReportFormat.HTML.render(review, timeline, out);
 * }
 * }</pre>
 *
 * <p>Everything that comes from records is escaped: every string in HTML and SVG text is HTML-escaped, Markdown
 * table cells are escaped, CSV cells that a spreadsheet would read as a formula are neutralised. The HTML page loads
 * nothing from elsewhere and needs no JavaScript. A {@link org.safeguardingkit.review.render.Timeline} (weekly counts
 * over the whole period, collected while the review reads the records) feeds the charts.
 */
package org.safeguardingkit.review.render;
