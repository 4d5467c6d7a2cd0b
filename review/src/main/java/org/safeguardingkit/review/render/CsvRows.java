package org.safeguardingkit.review.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewRow;

/**
 * Writes a review's rows (the form's eight columns, with the incident, date and pupil split out) as CSV that is safe
 * to open in a spreadsheet: every cell that a spreadsheet would read as a formula is neutralised
 * ({@link SpreadsheetCell#neutralise(String)}), and quoting is left to Jackson's CSV module. Several entries in one
 * cell are separated by {@code "; "}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvRows {

    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("incident", "date", "school", "pupil", "sex", "yearGroup",
            "overview", "otherStudents", "agencies", "categories", "kind", "individualResponses",
            "contextResponses", "actions");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = schema();

    private CsvRows() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        return b.setUseHeader(true).build().withLineSeparator("\r\n");
    }

    /**
     * Writes the rows.
     *
     * @param review the review
     * @param out where to write (not closed)
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Review review, Writer out) {
        Objects.requireNonNull(review, "review");
        try (SequenceWriter seq = MAPPER.writer(SCHEMA).writeValues(out)) {
            for (ReviewRow row : review.rows()) {
                seq.write(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows as CSV text.
     *
     * @param review the review
     * @return the CSV
     */
    public static String render(Review review) {
        StringWriter out = new StringWriter();
        write(review, out);
        return out.toString();
    }

    private static List<String> cells(ReviewRow row) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(row.incident().value());
        cells.add(row.date().toString());
        cells.add(row.schoolId().map(s -> s.value()).orElse(""));
        cells.add(row.student().pupil());
        cells.add(row.student().sex().map(Labels::sex).orElse(""));
        cells.add(row.student().yearGroup().map(String::valueOf).orElse(""));
        cells.add(row.overview());
        cells.add(join(row.otherStudents().stream().map(Labels::involved).toList()));
        cells.add(join(row.agencies().stream().map(Labels::agency).toList()));
        cells.add(join(row.categories().stream().map(CategoryEntry::label).toList()));
        cells.add(join(row.categories().stream().map(c -> Labels.kind(c.kind())).distinct().toList()));
        cells.add(join(row.individualResponses().stream().map(r -> Labels.response(r, false)).toList()));
        cells.add(join(row.contextResponses().stream().map(r -> Labels.response(r, true)).toList()));
        cells.add(join(row.actions().stream().map(Labels::action).toList()));
        return cells.stream().map(SpreadsheetCell::neutralise).collect(Collectors.toList());
    }

    private static String join(List<String> items) {
        return String.join("; ", items);
    }
}
