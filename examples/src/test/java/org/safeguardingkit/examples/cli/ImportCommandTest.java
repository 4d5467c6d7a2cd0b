package org.safeguardingkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.core.json.ConcernLogReader;
import org.safeguardingkit.core.json.LogLine;
import picocli.CommandLine;

@DisplayName("sgkit import")
class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SgkitCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/org/safeguardingkit/examples/importer/samples/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private Path key() throws IOException {
        return Files.writeString(dir.resolve("import.key"), "test-only-pseudonym-key-0123456789\n");
    }

    @Test
    @DisplayName("imports the behaviour log sample, writes the report, exits 1 because 3 rows were rejected")
    void behaviourLog() throws Exception {
        Path out = dir.resolve("log.jsonl");
        Path report = dir.resolve("report.json");
        int code = run("import", "--input", sample("behaviour-log.csv").toString(),
                "--mapping", sample("behaviour-log.mapping.yaml").toString(), "--out", out.toString(),
                "--report", report.toString(), "--key-file", key().toString());
        assertThat(code).isEqualTo(SgkitCommand.REJECTED);
        assertThat(err.toString()).startsWith("sgkit import: 45 rows read: 42 imported, 3 rejected, 3 warnings")
                .contains("rejected row 7 (line 8), column \"Incident Date\": not a date");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("rowsRead").asLong())
                .isEqualTo(json.get("imported").asLong() + json.get("rejected").asLong()).isEqualTo(45);
        try (ConcernLogReader log = ConcernLogReader.open(out)) {
            List<LogLine> lines = log.lines().toList();
            assertThat(lines).hasSize(42).allMatch(l -> l instanceof LogLine.Accepted);
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8) + Files.readString(report))
                .doesNotContain("Okafor", "Mr D Hughes");
    }

    @Test
    @DisplayName("imports the safeguarding concerns sample and exits 0")
    void safeguardingConcerns() throws Exception {
        Path out = dir.resolve("log.jsonl");
        int code = run("import", "--input", sample("safeguarding-concerns.csv").toString(),
                "--mapping", sample("safeguarding-concerns.mapping.yaml").toString(), "--out", out.toString(),
                "--key-file", key().toString());
        assertThat(code).isEqualTo(SgkitCommand.OK);
        assertThat(err.toString()).contains("38 rows read: 38 imported, 0 rejected, 2 warnings (encoding UTF-8 (BOM))");
        assertThat(Files.readAllLines(out)).hasSize(38);
    }

    @Test
    @DisplayName("exits 2 with a coded message for a missing key, a bad mapping or a missing file")
    void usageErrors() throws Exception {
        Path csv = sample("behaviour-log.csv");
        Path mapping = sample("behaviour-log.mapping.yaml");
        if (System.getenv("SGKIT_IMPORT_KEY") == null) {
            assertThat(run("import", "--input", csv.toString(), "--mapping", mapping.toString(),
                    "--out", dir.resolve("x.jsonl").toString())).isEqualTo(SgkitCommand.USAGE);
            assertThat(err.toString()).contains("SGK-0714").contains("SGKIT_IMPORT_KEY");
        }
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "columns: { summary: Notes }\n");
        assertThat(run("import", "--input", csv.toString(), "--mapping", bad.toString())).isEqualTo(SgkitCommand.USAGE);
        assertThat(err.toString()).contains("SGK-0702");
        assertThat(run("import", "--input", dir.resolve("missing.csv").toString(), "--mapping", mapping.toString(),
                "--key-file", key().toString())).isEqualTo(SgkitCommand.USAGE);
        assertThat(err.toString()).contains("SGK-0706");
        assertThat(run("import", "--mapping", mapping.toString())).isEqualTo(SgkitCommand.USAGE);
    }
}
