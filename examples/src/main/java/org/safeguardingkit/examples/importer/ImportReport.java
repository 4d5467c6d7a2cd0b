package org.safeguardingkit.examples.importer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What became of every row of an import: {@code rowsRead = imported + rejected}, always. Rejections and warnings
 * name the row, the column and a reason, never a value: the report holds no names and no free text.
 *
 * <pre>{@code
 * { "encoding": "windows-1252", "complete": true, "rowsRead": 42, "imported": 41, "rejected": 1, "blankRows": 0,
 *   "rejections": [ { "row": 17, "line": 18, "column": "Date", "reason": "not a date (expected dd/MM/yyyy)" } ],
 *   "warnings": [ { "row": 3, "line": 4, "column": "Year", "reason": "unknown year group ..." } ] }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param encoding the encoding the export was read in
 * @param complete false if broken CSV stopped the import before the end of the file
 * @param rowsRead data rows read (blank rows not counted)
 * @param imported rows that became records
 * @param rejected rows that did not
 * @param blankRows blank rows skipped
 * @param rejections why rows were rejected (a row may have several reasons)
 * @param warnings what was not quite right on imported (or rejected) rows
 */
@JsonPropertyOrder({"encoding", "complete", "rowsRead", "imported", "rejected", "blankRows", "rejections",
    "warnings"})
public record ImportReport(String encoding, boolean complete, long rowsRead, long imported, long rejected,
        long blankRows, List<RowProblem> rejections, List<RowProblem> warnings) {

    private static final ObjectWriter JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
            .writerFor(ImportReport.class);

    /** Checks that the counts add up. */
    public ImportReport {
        Objects.requireNonNull(encoding, "encoding");
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
        if (rowsRead != imported + rejected) {
            throw new IllegalArgumentException("SGK-0715: rows read (" + rowsRead + ") must equal imported ("
                    + imported + ") + rejected (" + rejected + ")");
        }
        if (rejected > 0 && rejections.isEmpty()) {
            throw new IllegalArgumentException("SGK-0715: rejected rows need their reasons");
        }
    }

    /**
     * Whether every row was imported and the whole file read.
     *
     * @return true if nothing was rejected
     */
    @JsonIgnore
    public boolean isClean() {
        return rejected == 0 && complete;
    }

    /**
     * The report as JSON.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A summary for people: the counts, then one line per rejection (row, column, reason), then the warnings.
     *
     * @return the text, ending with a line break
     */
    public String summary() {
        return summary(Integer.MAX_VALUE);
    }

    /**
     * A summary for people with at most {@code limit} rejection lines and {@code limit} warning lines; the rest
     * are counted ("... and 12 more warnings: see the JSON report").
     *
     * @param limit the most lines of each kind, at least 0
     * @return the text, ending with a line break
     */
    public String summary(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("SGK-0718: limit must not be negative, was " + limit);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(rowsRead).append(" rows read: ").append(imported).append(" imported, ").append(rejected)
                .append(" rejected, ").append(warnings.size()).append(" warning").append(warnings.size() == 1 ? "" : "s")
                .append(blankRows > 0 ? ", " + blankRows + " blank row" + (blankRows == 1 ? "" : "s") + " skipped" : "")
                .append(" (encoding ").append(encoding).append(")\n");
        if (!complete) {
            sb.append("INCOMPLETE: the file is not valid CSV after the last row counted; fix it and import again\n");
        }
        lines(sb, "rejected ", rejections, limit, "rejections");
        lines(sb, "warning  ", warnings, limit, "warnings");
        return sb.toString();
    }

    private static void lines(StringBuilder sb, String prefix, List<RowProblem> problems, int limit, String what) {
        problems.stream().limit(limit).forEach(p -> sb.append(prefix).append(p.describe()).append('\n'));
        if (problems.size() > limit) {
            sb.append("... and ").append(problems.size() - limit).append(" more ").append(what)
                    .append(": see the JSON report (--report)\n");
        }
    }
}
