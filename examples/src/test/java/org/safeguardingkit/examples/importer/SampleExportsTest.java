package org.safeguardingkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffRole;

@DisplayName("The two sample exports import as documented")
class SampleExportsTest {

    @TempDir
    Path dir;

    private final PseudonymKey key = PseudonymKey.of(Samples.KEY);

    private ImportReport run(String export, String mapping, List<Concern> out) {
        Path csv = Samples.copy(export, dir);
        ImportMapping m = ImportMapping.read(Samples.copy(mapping, dir));
        return MisImporter.of(m, Optional.of(key)).run(csv, out::add);
    }

    @Test
    @DisplayName("behaviour log (Windows-1252, dd/MM/yyyy + time column, names): 45 rows = 42 imported + 3 rejected")
    void behaviourLog() throws Exception {
        List<Concern> records = new ArrayList<>();
        ImportReport report = run("behaviour-log.csv", "behaviour-log.mapping.yaml", records);

        assertThat(report.encoding()).isEqualTo("windows-1252");
        assertThat(report.rowsRead()).isEqualTo(45).isEqualTo(report.imported() + report.rejected());
        assertThat(report.imported()).isEqualTo(42).isEqualTo(records.size());
        assertThat(report.blankRows()).isEqualTo(1);
        assertThat(report.rejections()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "Incident Date"),
                        org.assertj.core.groups.Tuple.tuple(14L, "Surname"),
                        org.assertj.core.groups.Tuple.tuple(41L, ""));
        assertThat(report.warnings()).extracting(RowProblem::column)
                .containsExactly("Year Group", "Behaviour Type", "Time");

        Concern first = records.get(0);
        assertThat(first.occurredAt()).hasToString("2026-09-07T14:15:00Z"); // 15:15 BST
        assertThat(first.pupil().id().value()).matches("p-[0-9a-f]{20}");
        assertThat(first.pupil().sex()).contains(Sex.F);
        assertThat(first.pupil().yearGroup()).hasValue(9);
        assertThat(first.recordedBy().id().value()).matches("s-[0-9a-f]{20}");
        assertThat(first.categories()).containsExactly("bullying.verbal");
        assertThat(first.status()).contains(ConcernStatus.OPEN);
        // Windows-1252 characters decoded: curly quotes, pound sign, accented names (hashed, not shown)
        assertThat(records).anySatisfy(c -> assertThat(c.summary()).contains("£"));
        assertThat(records).anySatisfy(c -> assertThat(c.summary()).contains("“it’s mine"));
        // a multi-line cell stays one record
        assertThat(records).anySatisfy(c -> assertThat(c.summary()).contains("teacher.\nParents called"));
        // the same pupil gets the same pseudonym on every row
        assertThat(records.stream().map(c -> c.pupil().id()).distinct().count()).isLessThanOrEqualTo(12);

        String everything = report.toJson() + report.summary()
                + String.join("\n", records.stream().map(ConcernJson.create()::write).toList());
        String csv = Files.readString(dir.resolve("behaviour-log.csv"), SourceEncoding.WINDOWS_1252);
        assertThat(everything).doesNotContain("Okafor", "Thornton", "Noémie", "Mr D Hughes", "Ms R Patel");
        assertThat(csv).contains("Okafor");
        assertNoRecordTextIn(report, records);
    }

    @Test
    @DisplayName("safeguarding concerns (UTF-8 BOM, ISO, UPN, multi-line, several labels): 38 rows all imported")
    void safeguardingConcerns() {
        List<Concern> records = new ArrayList<>();
        ImportReport report = run("safeguarding-concerns.csv", "safeguarding-concerns.mapping.yaml", records);

        assertThat(report.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(report.rowsRead()).isEqualTo(38);
        assertThat(report.imported()).isEqualTo(38).isEqualTo(records.size());
        assertThat(report.isClean()).isTrue();
        assertThat(report.warnings()).extracting(RowProblem::column).containsExactly("Categories", "NC Year");

        assertThat(records).allSatisfy(c -> {
            assertThat(c.id().value()).startsWith("rh-SC-");
            assertThat(c.pupil().id().value()).matches("p-[0-9a-f]{20}");
            assertThat(c.schoolId()).isPresent();
        });
        assertThat(records).anySatisfy(c -> assertThat(c.categories())
                .containsExactly("online.harmful-content", "hsb.image-sharing"));
        assertThat(records).anySatisfy(c -> {
            assertThat(c.summary()).contains("\n");
            assertThat(c.childVoice()).isPresent();
            assertThat(c.recordedBy().role()).isPresent();
            assertThat(c.location().flatMap(l -> l.setting())).isPresent();
        });
        assertThat(records).anySatisfy(c -> assertThat(c.recordedBy().role()).contains(StaffRole.SUPPORT_STAFF));
        assertThat(records).anySatisfy(c -> assertThat(c.location().flatMap(l -> l.setting()))
                .contains(Setting.ONLINE));
        assertThat(records).anySatisfy(c -> assertThat(c.occurredAt()).hasToString("2026-10-14T08:05:00Z"));
        String out = String.join("\n", records.stream().map(ConcernJson.create()::write).toList());
        assertThat(out).doesNotContain("A123456789012", "B234567890123");
        assertNoRecordTextIn(report, records);
    }

    private static void assertNoRecordTextIn(ImportReport report, List<Concern> records) {
        String text = report.toJson() + report.summary();
        for (Concern c : records) {
            assertThat(text).doesNotContain(c.summary().substring(0, Math.min(20, c.summary().length())));
        }
    }

    @Test
    @DisplayName("the same key gives the same pseudonyms in a second import; another key gives others")
    void pseudonymsAreStable() {
        List<Concern> a = new ArrayList<>();
        List<Concern> b = new ArrayList<>();
        run("safeguarding-concerns.csv", "safeguarding-concerns.mapping.yaml", a);
        ImportMapping m = ImportMapping.read(dir.resolve("safeguarding-concerns.mapping.yaml"));
        MisImporter.of(m, Optional.of(key)).run(dir.resolve("safeguarding-concerns.csv"), b::add);
        assertThat(b).isEqualTo(a);
        List<Concern> c = new ArrayList<>();
        MisImporter.of(m, Optional.of(PseudonymKey.of("another-key-0123456789abcdef")))
                .run(dir.resolve("safeguarding-concerns.csv"), c::add);
        assertThat(c.get(0).pupil().id()).isNotEqualTo(a.get(0).pupil().id());
    }
}
