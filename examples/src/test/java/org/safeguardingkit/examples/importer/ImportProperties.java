package org.safeguardingkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardingkit.core.model.Concern;

/**
 * Over generated exports with good and bad rows and awkward text (written by Jackson's CSV writer, so every
 * quoting case occurs): every row is accounted for, exactly the bad rows are rejected, the good rows come through
 * with their text intact, and the report never carries a cell's text.
 */
class ImportProperties {

    private static final String SECRET = "Qzxname";
    private static final List<String> HEADER = List.of("Ref", "When", "Pupil", "Year", "Type", "Notes");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** How a generated row is meant to fare. */
    enum Kind { GOOD, BAD_DATE, NO_PUPIL, EXTRA_CELLS, DUPLICATE_REF }

    /** One generated row. */
    record Row(Kind kind, LocalDateTime when, String notes, String year, String type) {
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab ,;\"'\n\r\t£é“”’😀").ofMaxLength(40)
                .map(s -> SECRET + s);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                Arbitraries.frequency(
                        Tuple(6, Kind.GOOD), Tuple(1, Kind.BAD_DATE), Tuple(1, Kind.NO_PUPIL),
                        Tuple(1, Kind.EXTRA_CELLS), Tuple(1, Kind.DUPLICATE_REF)),
                Arbitraries.longs().between(0, 60L * 24 * 365).map(m -> LocalDateTime.of(2025, 9, 1, 8, 0)
                        .plusMinutes(m)),
                text(),
                Arbitraries.of("9", "Year 9", "Year Ten", "", "15"),
                Arbitraries.of("Verbal abuse", "", "Something new; Verbal abuse"))
                .as(Row::new);
        return row.list().ofMaxSize(40);
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Kind> Tuple(int weight, Kind kind) {
        return net.jqwik.api.Tuple.of(weight, kind);
    }

    @Property(tries = 300)
    @Label("rows read = imported + rejected; exactly the bad rows are rejected; the report has no cell text")
    void everyRowIsAccountedFor(@ForAll("rows") List<Row> rows) throws JsonProcessingException {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        long expected = 0;
        String lastImportedRef = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String ref = "R" + i;
            if (r.kind() == Kind.GOOD || r.kind() == Kind.DUPLICATE_REF && lastImportedRef == null) {
                expected++;
                lastImportedRef = ref;
            } else if (r.kind() == Kind.DUPLICATE_REF) {
                ref = lastImportedRef; // repeats an imported row's id: must be rejected
            }
            String when = r.kind() == Kind.BAD_DATE ? "31/02/2026 10:00" : FORMAT.format(r.when());
            String pupil = r.kind() == Kind.NO_PUPIL ? " " : "p-" + (i % 7);
            List<String> row = new ArrayList<>(List.of(ref, when, pupil, r.year(), r.type(), r.notes()));
            if (r.kind() == Kind.EXTRA_CELLS) {
                row.add(SECRET + " spilled");
            }
            cells.add(row);
        }
        String csv = new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                .writeValueAsString(cells);

        List<Concern> out = new ArrayList<>();
        MisExport export = MisExport.open(new StringReader(csv), new SourceEncoding(StandardCharsets.UTF_8, 0, true),
                ',');
        ImportReport report = MisImporter.of(MisImporterTest.mapping(MisImporterTest.MAPPING), Optional.empty())
                .run(export, out::add);

        assertThat(report.rowsRead()).isEqualTo(rows.size()).isEqualTo(report.imported() + report.rejected());
        assertThat(report.imported()).isEqualTo(out.size()).isEqualTo(expected);
        assertThat(report.complete()).isTrue();
        String json = report.toJson() + report.summary();
        assertThat(json).doesNotContain(SECRET);
        for (Concern c : out) {
            assertThat(c.summary()).startsWith(SECRET).doesNotContain("\r");
        }
    }
}
