package org.safeguardingkit.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardingkit.review.Review;

class CsvRowsTest {

    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    @DisplayName("a header and one line per row, which a CSV parser reads back cell for cell")
    void roundTrip() throws IOException {
        Review review = RenderFixtures.review();
        List<List<String>> lines = parse(CsvRows.render(review));
        assertThat(lines.get(0)).isEqualTo(CsvRows.COLUMNS);
        assertThat(lines).hasSize(review.rows().size() + 1);
        List<String> first = lines.get(1);
        assertThat(first.get(0)).isEqualTo("c-0000102");
        assertThat(first.get(3)).isEqualTo("P-7Q2M4KXA");
        assertThat(first.get(4)).isEqualTo("M");
        assertThat(first.get(5)).isEqualTo("9");
        assertThat(first.get(9)).isEqualTo("Sexist language");
        assertThat(first.get(10)).isEqualTo("Safeguarding");
        assertThat(first.get(13)).isEqualTo("Inform parents (no owner, no status)");
    }

    @Test
    @DisplayName("a summary that starts with a formula comes out neutralised; no cell can start a formula")
    void formulaInjection() throws IOException {
        List<List<String>> lines = parse(CsvRows.render(RenderFixtures.review()));
        assertThat(lines.get(1).get(6)).startsWith("'=HYPERLINK(").contains("<script>alert(1)</script>");
        for (List<String> line : lines) {
            for (String cell : line) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 7700 900123", "-2", "@SUM(A1)", "\tx", "\rx", "  =cmd|' /C calc'!A0",
        "\uFF1D1+1"})
    @DisplayName("risky cells are prefixed with an apostrophe")
    void neutralised(String cell) {
        assertThat(SpreadsheetCell.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Detention", "a = b", "Y9", "", "   ", "'quoted", "c-0000001"})
    @DisplayName("ordinary cells are left alone")
    void leftAlone(String cell) {
        assertThat(SpreadsheetCell.neutralise(cell)).isEqualTo(cell);
    }
}
