package org.safeguardingkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    private static final String GOOD = "{\"id\":\"c-1\",\"pupil\":{\"id\":\"p-1\"},\"occurredAt\":\"2026-01-05T10:00:00Z\","
            + "\"recordedAt\":\"2026-01-05T12:00:00Z\",\"recordedBy\":{\"id\":\"s-1\"},"
            + "\"summary\":\"Mum seemed drunk at pick-up. NFA.\"}";
    private static final String OTHER = GOOD.replace("c-1", "c-3").replace("Mum seemed drunk at pick-up. NFA.",
            "Amira said \\\"I don't want to go home\\\". Passed to the DSL.");
    private static final String BAD = "{\"id\":\"c-2\",\"pupil\":{\"id\":\"p-1\"},\"summary\":\"x\",\"colour\":\"red\"}";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) { }

    private Run run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SgkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(stdin);
            }
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("log.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    @DisplayName("prints one findings object per record, in the interchange format")
    void jsonLines() throws Exception {
        Run r = run(null, "check", "--input", file(GOOD, OTHER).toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("c-1");
        JsonNode nfa = null;
        for (JsonNode f : first.get("findings")) {
            if (f.get("rule").asText().equals("rationale")) {
                nfa = f;
            }
        }
        assertThat(nfa).isNotNull();
        assertThat(nfa.get("severity").asText()).isEqualTo("ERROR");
        assertThat(nfa.get("field").asText()).isEqualTo("summary");
        assertThat(nfa.get("text").asText()).isEqualTo("NFA");
        assertThat(nfa.get("start").asInt()).isEqualTo(29);
        assertThat(nfa.get("end").asInt()).isEqualTo(32);
        assertThat(nfa.has("message")).isTrue();
        assertThat(nfa.has("suggestion")).isTrue();
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("a bad line is reported with its line and field; every other record is still checked; exit 1")
    void badLine() throws Exception {
        Run r = run(null, "check", "--input", file(GOOD, BAD, OTHER).toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().split("\n")).hasSize(2);
        assertThat(r.out()).contains("\"c-1\"").contains("\"c-3\"");
        assertThat(r.err()).contains("line 2").contains("field 'occurredAt'");
    }

    @Test
    @DisplayName("reads stdin when no file is given")
    void stdin() {
        Run r = run(new ByteArrayInputStream((GOOD + "\n").getBytes(StandardCharsets.UTF_8)), "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{\"id\":\"c-1\"");
    }

    @Test
    @DisplayName("--format text marks the flagged words and gives the suggestion, escaping control characters")
    void text() throws Exception {
        String sneaky = GOOD.replace("Mum seemed", "\\u001b[31mMum seemed");
        Run r = run(null, "check", "--input", file(sneaky).toString(), "--format", "text");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("c-1").contains(">>NFA<<").contains("Suggestion: ").contains("1 record(s) checked");
        assertThat(r.out()).doesNotContain("\u001b").contains("\\u001b");
    }

    @Test
    @DisplayName("--rules applies a rule set; a bad rule set is a usage error")
    void rules() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "rules: [rationale]\nseverities: { rationale: INFO }\n");
        Run r = run(null, "check", "--input", file(GOOD).toString(), "--rules", rules.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"rule\":\"rationale\",\"severity\":\"INFO\"").doesNotContain("child-voice");
        Files.writeString(rules, "rules: [nonsense]\n");
        Run bad = run(null, "check", "--input", file(GOOD).toString(), "--rules", rules.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("nonsense");
    }

    @Test
    @DisplayName("--min-severity filters what is printed")
    void minSeverity() throws Exception {
        Run r = run(null, "check", "--input", file(GOOD).toString(), "--min-severity", "ERROR");
        assertThat(r.out()).contains("\"severity\":\"ERROR\"").doesNotContain("\"WARNING\"").doesNotContain("\"INFO\"");
    }
}
