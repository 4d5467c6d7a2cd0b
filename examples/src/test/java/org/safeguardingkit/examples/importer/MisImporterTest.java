package org.safeguardingkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.core.model.Concern;

@DisplayName("MisImporter accounts for every row")
class MisImporterTest {

    static final String MAPPING = """
            timeZone: Europe/London
            columns:
              id: Ref
              occurredAt: When
              pupilId: Pupil
              yearGroup: Year
              category: Type
              summary: Notes
            formats: { dateTime: ["dd/MM/yyyy HH:mm"] }
            values: { yearGroup: { "Year 9": 9 } }
            categories: { labels: { "Verbal abuse": bullying.verbal } }
            defaults: { recordedBy: s-import }
            """;

    static ImportMapping mapping(String yaml) {
        return ImportMapping.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    static ImportReport importText(String csv, List<Concern> out) {
        MisExport export = MisExport.open(new StringReader(csv),
                new SourceEncoding(StandardCharsets.UTF_8, 0, true), ',');
        return MisImporter.of(mapping(MAPPING), Optional.empty()).run(export, out::add);
    }

    @Test
    @DisplayName("quoted commas, quotes and line breaks stay in one cell; rows read = imported + rejected")
    void quotedCells() {
        List<Concern> out = new ArrayList<>();
        ImportReport report = importText("Ref,When,Pupil,Year,Type,Notes\r\n"
                + "1,03/10/2026 12:40,p-1,Year 9,Verbal abuse,\"She said \"\"stop, please\"\"\r\nthen left\"\r\n"
                + "2,31/02/2026 10:00,p-2,9,,Something\r\n"
                + "3,03/10/2026 13:00,,9,,No pupil\r\n"
                + "4,03/10/2026 13:00,p-4,9,,Too,many,cells\r\n"
                + "1,04/10/2026 09:00,p-1,9,,Same ref\r\n"
                + "5,04/10/2026 09:00,p-5,Year Ten,Sibling worry,Text\r\n", out);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).summary()).isEqualTo("She said \"stop, please\"\nthen left");
        assertThat(out.get(0).categories()).containsExactly("bullying.verbal");
        assertThat(out.get(0).recordedBy().id().value()).isEqualTo("s-import");
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.imported() + report.rejected()).isEqualTo(6);
        assertThat(report.rejections()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "When"),
                org.assertj.core.groups.Tuple.tuple(3L, "Pupil"),
                org.assertj.core.groups.Tuple.tuple(4L, ""),
                org.assertj.core.groups.Tuple.tuple(5L, "Ref"));
        assertThat(report.rejections().get(0).line()).isEqualTo(4); // row 1 spans lines 2-3
        assertThat(report.warnings()).extracting(RowProblem::column, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Year", "unknown year group (not in values.yearGroup): left out"),
                org.assertj.core.groups.Tuple.tuple("Type", "category label not in the mapping: kept as written"));
        assertThat(out.get(1).categories()).containsExactly("Sibling worry");
        assertThat(report.toJson()).doesNotContain("stop", "Sibling", "Ten", "p-2");
        assertThat(report.summary(1)).contains("... and 3 more rejections: see the JSON report")
                .contains("... and 1 more warnings");
    }

    @Test
    @DisplayName("a quote never closed: the row and the rest are one rejection, and the report says it is incomplete")
    void brokenCsv() {
        List<Concern> out = new ArrayList<>();
        ImportReport report = importText("Ref,When,Pupil,Year,Type,Notes\n"
                + "1,03/10/2026 12:40,p-1,9,,fine\n"
                + "2,03/10/2026 12:40,p-1,9,,\"never closed\n"
                + "3,03/10/2026 12:40,p-1,9,,lost inside the quote\n", out);
        assertThat(out).hasSize(1);
        assertThat(report.complete()).isFalse();
        assertThat(report.isClean()).isFalse();
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.rejections().get(0).row()).isEqualTo(2);
        assertThat(report.summary()).contains("INCOMPLETE");
    }

    @Test
    @DisplayName("a mapped column missing from the header stops the import before any row, naming column and field")
    void missingColumn() {
        assertThatThrownBy(() -> importText("Ref,When,Pupil,Type,Notes\n1,03/10/2026 12:40,p-1,,x\n",
                new ArrayList<>()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("SGK-0713").hasMessageContaining("\"Year\" (columns.yearGroup)");
    }

    @Test
    @DisplayName("derived ids need the key: without one the importer refuses to start")
    void keyRequired() {
        ImportMapping m = mapping(MAPPING.replace("  id: Ref\n", ""));
        assertThatThrownBy(() -> MisImporter.of(m, Optional.empty()))
                .isInstanceOf(ImportException.class).hasMessageContaining("SGK-0714")
                .hasMessageContaining(PseudonymKey.ENVIRONMENT_VARIABLE);
        assertThat(MisImporter.of(m, Optional.of(PseudonymKey.of(Samples.KEY)))).isNotNull();
        assertThatThrownBy(() -> PseudonymKey.of("short")).hasMessageContaining("SGK-0707");
        assertThat(PseudonymKey.of(Samples.KEY).toString()).doesNotContain(Samples.KEY);
    }

    @Test
    @DisplayName("mapping errors name the field")
    void mappingErrors() {
        assertThatThrownBy(() -> mapping("columns: { summary: Notes, occurredAt: When }\n"))
                .hasMessageContaining("columns.pupilId or columns.pupilName");
        assertThatThrownBy(() -> mapping(MAPPING + "colums: {}\n"))
                .hasMessageContaining("SGK-0700").hasMessageContaining("colums");
        assertThatThrownBy(() -> mapping(MAPPING.replace("\"Year 9\": 9", "\"Year 9\": 19")))
                .hasMessageContaining("values.yearGroup");
        assertThatThrownBy(() -> mapping(MAPPING + "values: { sex: { Boy: BOY } }\n"))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> mapping(MAPPING.replace("dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm {{")))
                .satisfies(e -> { }).isInstanceOf(ImportException.class);
    }

    @Test
    @DisplayName("encodings: BOM (UTF-8, UTF-16), valid UTF-8, else Windows-1252, or as the mapping says")
    void encodings(@TempDir Path dir) throws Exception {
        Path utf8Bom = dir.resolve("a.csv");
        Files.write(utf8Bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zoë".getBytes(
                StandardCharsets.UTF_8)));
        Path utf16 = dir.resolve("b.csv");
        Files.write(utf16, "\uFEFFZoë".getBytes(StandardCharsets.UTF_16LE));
        Path utf8 = dir.resolve("c.csv");
        Files.writeString(utf8, "Zoë “quoted”", StandardCharsets.UTF_8);
        Path cp1252 = dir.resolve("d.csv");
        Files.write(cp1252, "Zoë “quoted” £5".getBytes(SourceEncoding.WINDOWS_1252));

        assertThat(SourceEncoding.of(utf8Bom, "auto")).isEqualTo(new SourceEncoding(StandardCharsets.UTF_8, 3, true));
        assertThat(SourceEncoding.of(utf16, "auto"))
                .isEqualTo(new SourceEncoding(StandardCharsets.UTF_16LE, 2, true));
        assertThat(SourceEncoding.of(utf8, "auto")).isEqualTo(new SourceEncoding(StandardCharsets.UTF_8, 0, true));
        assertThat(SourceEncoding.of(cp1252, "auto"))
                .isEqualTo(new SourceEncoding(SourceEncoding.WINDOWS_1252, 0, true));
        assertThat(SourceEncoding.of(utf8Bom, "UTF-8").bomLength()).isEqualTo(3);
        assertThat(SourceEncoding.of(utf8, "ISO-8859-1").charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
