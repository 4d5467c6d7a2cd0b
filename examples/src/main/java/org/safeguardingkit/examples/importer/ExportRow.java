package org.safeguardingkit.examples.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of an export: its position and its cells by column name. Cell values are personal data: never log
 * them, never put them in a report.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the data row's number, from 1 (the header row is not counted)
 * @param line the line of the file the row starts on, from 1 (the header is line 1; a cell with line breaks makes
 *     a row span several lines)
 * @param cells the cells by header text, values stripped of surrounding spaces; columns the row lacks are absent
 * @param extraCells values beyond the header's columns that are not blank
 */
public record ExportRow(long number, long line, Map<String, String> cells, List<String> extraCells) {

    /** Checks and copies the fields. */
    public ExportRow {
        if (number < 1 || line < 1) {
            throw new IllegalArgumentException("SGK-0709: row number and line start at 1");
        }
        cells = Map.copyOf(Objects.requireNonNull(cells, "cells"));
        extraCells = List.copyOf(Objects.requireNonNull(extraCells, "extraCells"));
    }

    /**
     * A cell's value, if the column is there and the cell is not blank.
     *
     * @param column the header text
     * @return the value
     */
    public Optional<String> cell(String column) {
        return Optional.ofNullable(cells.get(column)).filter(v -> !v.isBlank());
    }

    /**
     * Whether every cell is blank (an empty line, or ",,,," as spreadsheets write trailing rows).
     *
     * @return true if the row has no value
     */
    public boolean isBlank() {
        return extraCells.isEmpty() && cells.values().stream().allMatch(String::isBlank);
    }
}
