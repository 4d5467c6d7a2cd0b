package org.safeguardingkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void writesTheSameLogForTheSameSeed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        ReviewCommandTest.Run ra = ReviewCommandTest.run("generate", "--pupils", "50", "--days", "20", "--records",
                "300", "--seed", "5", "--gap", "locations", "--out", a.toString());
        ReviewCommandTest.run("generate", "--pupils", "50", "--days", "20", "--records", "300", "--seed", "5",
                "--gap", "locations", "--out", b.toString());
        assertThat(ra.exit()).isZero();
        assertThat(ra.err()).contains("300 fictional records");
        assertThat(Files.readAllLines(a)).hasSize(300).isEqualTo(Files.readAllLines(b));
        assertThat(Files.readString(a)).doesNotContain("\"location\"");
    }

    @Test
    void rejectsUnknownPatterns() {
        ReviewCommandTest.Run r = ReviewCommandTest.run("generate", "--plant", "ghosts");
        assertThat(r.exit()).isEqualTo(SgkitCommand.USAGE);
        assertThat(r.err()).contains("SGK-0651");
    }
}
