package org.safeguardingkit.examples.importer;

import java.util.Objects;

/**
 * Why a row was rejected, or what a warning is about: the row, the column and a reason. Never the cell's value: the
 * report must not carry names or free text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the data row's number, from 1
 * @param line the line of the file the row starts on
 * @param column the column (header text) concerned, or empty for the row as a whole
 * @param reason what is wrong, in words that name no value
 */
public record RowProblem(long row, long line, String column, String reason) {

    /** Checks the fields. */
    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The problem as one line of text, e.g. {@code row 12 (line 14), column "Date": no date}.
     *
     * @return the text
     */
    public String describe() {
        return "row " + row + " (line " + line + ")" + (column.isEmpty() ? "" : ", column \"" + column + "\"")
                + ": " + reason;
    }
}
