package org.safeguardingkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyWriter;
import org.safeguardingkit.categories.governance.Change;
import picocli.CommandLine;

class TaxonomyCommandTest {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SgkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "taxonomy";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = cli.execute(full);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listPrintsTheDefaultTreeWithKindsAndFlags() {
        Run run = run("list");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("sgkit-default 2026.1 (")
                .contains("\n  hsb.sexist-language  Sexist language  [SAFEGUARDING HSB LOWER_LEVEL_HSB] severity 2\n")
                .contains("bullying.racist  Racist bullying  [BEHAVIOURAL CHILD_ON_CHILD PREJUDICE] severity 3")
                .contains("retired: peer-on-peer -> child-on-child");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listOtherReferenceAndAsYaml() {
        assertThat(run("list", "--taxonomy", "dfe-cin-factors").out()).contains("dfe-cin-factors 2025.1")
                .contains("locked").contains("21  No factors identified");
        Run yaml = run("list", "--format", "yaml", "--definitions");
        assertThat(yaml.exit()).isZero();
        assertThat(yaml.out()).contains("id: \"sgkit-default\"").contains("code: \"hsb.upskirting\"");
    }

    @Test
    void listOfAFileThatIsNotATaxonomyIsRejectedProblemByProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "id: x\nversion: \"1\"\ncategories:\n  - {code: a, label: A}\n");
        Run run = run("list", "--taxonomy", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("categories[0].kind").contains("categories[0].definition")
                .contains("rejected, 3 problems").doesNotContain("Exception").doesNotContain("\tat ");
        Run unknown = run("list", "--taxonomy", "no-such-taxonomy");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("SGK-0222");
    }

    @Test
    void validatePrintsEveryProblemWithItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.yaml");
        Files.writeString(file, """
                id: trust
                version: "2026.1"
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 9, definition: A thing.}
                  - {code: a, label: B, kind: SAFEGUARDING, severity: 1, definition: B thing.}
                  - {code: c, label: C, parent: nowhere, definition: C thing.}
                """);
        Run run = run("validate", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("categories[0].severity: SGK-0209")
                .contains("categories[1].code: SGK-0205").contains("categories[2].parent: SGK-0206")
                .endsWith("3 problems\n");
    }

    @Test
    void validateAcceptsAValidFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.json");
        Files.writeString(file, TaxonomyWriter.toJson(Taxonomy.sgkitDefault()));
        Run run = run("validate", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("valid, sgkit-default 2026.1");
        assertThat(run("validate", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(1);
    }

    @Test
    void diffShowsAddedRemovedRetiredAndChanged(@TempDir Path dir) throws Exception {
        Taxonomy renamed = Change.rename("child-on-child", "child-on-child.other")
                .applyTo(Taxonomy.sgkitDefault(), "2027.1");
        String yaml = TaxonomyWriter.toYaml(renamed);
        Path newer = dir.resolve("new.yaml");
        Files.writeString(newer, yaml);
        Run run = run("diff", "sgkit-default", newer.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("sgkit-default 2026.1 -> sgkit-default 2027.1\n")
                .contains("+ child-on-child.other  Child-on-child abuse")
                .contains("> child-on-child -> child-on-child.other");
    }

    @Test
    void diffFailsWhenACodeDisappearsWithoutRetirement(@TempDir Path dir) throws Exception {
        Path smaller = dir.resolve("smaller.yaml");
        Files.writeString(smaller, """
                id: sgkit-default
                version: "2027.1"
                categories:
                  - {code: other, label: Other, kind: SAFEGUARDING, severity: 2, definition: Everything else.}
                """);
        Run run = run("diff", "sgkit-default", smaller.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("- hsb.upskirting").contains("~ other: label");
        assertThat(run.err()).contains("removed without a retirement");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("validate").exit()).isEqualTo(2);
        assertThat(run("list", "--format", "pdf").exit()).isEqualTo(2);
        assertThat(run("diff", "sgkit-default").exit()).isEqualTo(2);
    }

    @Test
    void controlCharactersAreNotPrinted() {
        assertThat(TaxonomyCommand.printable("a\u001b[31mb\r")).isEqualTo("a?[31mb?");
    }
}
