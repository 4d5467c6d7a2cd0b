package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyValidationTest {

    private static final String HEAD = "id: trust\nversion: \"1\"\n";

    private static List<TaxonomyProblem> problems(String yaml) {
        return TaxonomyReader.validate(yaml, TaxonomyReader.Format.YAML);
    }

    private static String valid() {
        return HEAD + """
                categories:
                  - code: hsb
                    label: HSB
                    kind: SAFEGUARDING
                    flags: [HSB]
                    severity: 4
                    definition: Harmful sexual behaviour.
                    children:
                      - code: hsb.sexist-language
                        label: Sexist language
                        flags: [HSB, LOWER_LEVEL_HSB]
                        severity: 2
                        definition: Sexist words.
                        aliases: [sexism]
                """;
    }

    @Test
    @DisplayName("a valid file has no problems")
    void validFileHasNoProblems() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void duplicateCode() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 1, definition: A thing.}
                  - {code: b, label: B, kind: SAFEGUARDING, severity: 1, definition: B thing.,
                     children: [{code: A, label: A2, definition: Again.}]}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type)
                .containsExactly(tuple("categories[1].children[0].code", ProblemType.DUPLICATE_CODE));
        assertThat(problems(yaml).get(0).message()).contains("categories[0]").contains("case or punctuation");
    }

    @Test
    void unknownParent() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 1, definition: A thing.}
                  - {code: b, label: B, parent: nope, definition: B thing.}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type)
                .containsExactly(tuple("categories[1].parent", ProblemType.UNKNOWN_PARENT));
    }

    @Test
    void parentCycle() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, parent: c, definition: A thing.}
                  - {code: b, label: B, parent: a, definition: B thing.}
                  - {code: c, label: C, parent: b, definition: C thing.}
                  - {code: d, label: D, kind: BEHAVIOURAL, severity: 1, definition: D thing.}
                """;
        List<TaxonomyProblem> problems = problems(yaml);
        assertThat(problems).extracting(TaxonomyProblem::path, TaxonomyProblem::type)
                .containsExactly(tuple("categories[0].parent", ProblemType.CYCLE));
        assertThat(problems.get(0).message()).contains("a -> c -> b -> a");
    }

    @Test
    void flatParentFormLoadsIntoATree() {
        String yaml = HEAD + """
                categories:
                  - {code: b, label: B, parent: a, definition: B thing.}
                  - {code: a, label: A, kind: BEHAVIOURAL, flags: [ONLINE], severity: 2, definition: A thing.}
                """;
        Taxonomy t = TaxonomyReader.readYaml(yaml);
        assertThat(t.children("a")).extracting(Category::code).containsExactly("b");
        assertThat(t.find("b").orElseThrow().flags()).containsExactly(CategoryFlag.ONLINE);
        assertThat(t.toDefinition().categories()).hasSize(1);
    }

    @Test
    void missingDefinition() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 1}
                  - {code: b, label: B, kind: SAFEGUARDING, severity: 1, definition: "  "}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                tuple("categories[0].definition", ProblemType.MISSING_DEFINITION),
                tuple("categories[1].definition", ProblemType.MISSING_DEFINITION));
    }

    @Test
    void badSeverity() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 0, definition: A thing.}
                  - {code: b, label: B, kind: SAFEGUARDING, severity: 6, definition: B thing.}
                  - {code: c, label: C, kind: SAFEGUARDING, severity: high, definition: C thing.}
                  - {code: d, label: D, kind: SAFEGUARDING, severity: 5, definition: D thing.}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                tuple("categories[0].severity", ProblemType.BAD_SEVERITY),
                tuple("categories[1].severity", ProblemType.BAD_SEVERITY),
                tuple("categories[2].severity", ProblemType.BAD_SEVERITY));
    }

    @Test
    void aliasClashingWithAnotherCode() {
        String yaml = HEAD + """
                categories:
                  - {code: bullying, label: Bullying, kind: BEHAVIOURAL, severity: 2, definition: Bullying.}
                  - {code: teasing, label: Teasing, kind: BEHAVIOURAL, severity: 1, definition: Teasing.,
                     aliases: [banter, Bullying]}
                  - {code: joking, label: Joking, kind: BEHAVIOURAL, severity: 1, definition: Joking.,
                     aliases: [BANTER]}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                tuple("categories[1].aliases[1]", ProblemType.ALIAS_CLASH),
                tuple("categories[2].aliases[0]", ProblemType.ALIAS_CLASH));
    }

    @Test
    void retiredCodeReused() {
        String yaml = HEAD + """
                categories:
                  - {code: child-on-child, label: CoC, kind: SAFEGUARDING, severity: 3, definition: Abuse.}
                  - {code: peer-on-peer, label: PoP, kind: SAFEGUARDING, severity: 3, definition: Old name.}
                retired:
                  - {code: peer-on-peer, replacedBy: child-on-child}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type)
                .containsExactly(tuple("categories[1].code", ProblemType.RETIRED_CODE_REUSED));
    }

    @Test
    void successorsMustExistAndNotCycle() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, severity: 3, definition: A thing.}
                retired:
                  - {code: x, replacedBy: y}
                  - {code: y, replacedBy: x}
                  - {code: z, replacedBy: nowhere}
                  - {code: w, replacedBy: x}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                tuple("retired[0].replacedBy", ProblemType.CYCLE),
                tuple("retired[2].replacedBy", ProblemType.UNKNOWN_SUCCESSOR));
    }

    @Test
    void topLevelNeedsKindAndSeverityAndUnknownValuesAreNamed() {
        String yaml = HEAD + """
                categories:
                  - code: a
                    label: A
                    definition: A thing.
                    flags: [HSB, SPICY]
                    defintion: typo
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                tuple("categories[0].kind", ProblemType.MISSING_FIELD),
                tuple("categories[0].flags[1]", ProblemType.INVALID_VALUE),
                tuple("categories[0].severity", ProblemType.MISSING_FIELD),
                tuple("categories[0].defintion", ProblemType.UNKNOWN_FIELD));
    }

    @Test
    void lowerLevelHsbWithoutHsbIsAProblem() {
        String yaml = HEAD + """
                categories:
                  - {code: a, label: A, kind: SAFEGUARDING, flags: [LOWER_LEVEL_HSB], severity: 2, definition: A.}
                """;
        assertThat(problems(yaml)).extracting(TaxonomyProblem::path).containsExactly("categories[0].flags");
    }

    @Test
    void syntaxErrorsAreOneProblemWithALine() {
        List<TaxonomyProblem> problems = problems("id: x\ncategories: [ {code: a\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).type()).isEqualTo(ProblemType.SYNTAX);
        assertThat(problems.get(0).path()).startsWith("line ");
        assertThat(TaxonomyReader.validate("{\"id\": ", TaxonomyReader.Format.JSON)).hasSize(1);
    }

    @Test
    void unquotedDecimalVersionsAreRejectedButWholeNumbersAreText() {
        String body = """
                categories:
                  - {code: 20, label: Other, kind: SAFEGUARDING, severity: 2, definition: Other factors.}
                """;
        assertThat(problems("id: t\nversion: 2026.10\n" + body)).extracting(TaxonomyProblem::path)
                .containsExactly("version");
        Taxonomy t = TaxonomyReader.readYaml("id: t\nversion: 3\n" + body);
        assertThat(t.version()).isEqualTo("3");
        assertThat(t.isCurrent("20")).isTrue();
    }

    @Test
    void aFieldGivenTwiceIsNotSilentlyOverwritten() {
        List<TaxonomyProblem> problems = problems(HEAD + """
                categories:
                  - code: a
                    code: b
                    label: A
                    kind: SAFEGUARDING
                    severity: 1
                    definition: A thing.
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ProblemType.SYNTAX);
            assertThat(p.message()).contains("code");
        });
    }

    @Test
    @DisplayName("a file with 5 problems reports exactly those 5, each with its path")
    void fiveProblemsAreFiveProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trust.yaml");
        Files.writeString(file, HEAD + """
                categories:
                  - code: behaviour
                    label: Behaviour
                    kind: BEHAVIOURAL
                    severity: 1
                    definition: Behaviour policy matters.
                    children:
                      - {code: behaviour.vaping, label: Vaping, definition: Vapes.}
                      - {code: behaviour.vaping, label: Vaping again, definition: Vapes again.}
                  - code: hsb
                    label: HSB
                    kind: SAFEGUARDING
                    severity: 4
                    definition: Harmful sexual behaviour.
                    children:
                      - {code: hsb.comments, label: Comments, severity: 9, definition: Sexual comments.}
                      - {code: hsb.touching, label: Touching, aliases: [Behaviour Vaping]}
                  - {code: stray, label: Stray, parent: nobody, definition: Lost.}
                """);
        List<TaxonomyProblem> problems = TaxonomyReader.validate(file);
        assertThat(problems).extracting(TaxonomyProblem::path).containsExactly(
                "categories[0].children[1].code",
                "categories[1].children[0].severity",
                "categories[1].children[1].definition",
                "categories[1].children[1].aliases[0]",
                "categories[2].parent");
        assertThatThrownBy(() -> TaxonomyReader.read(file)).isInstanceOf(TaxonomyValidationException.class)
                .hasMessageContaining("has 5 problems")
                .satisfies(e -> assertThat(((TaxonomyValidationException) e).problems()).hasSize(5));
    }

    @Test
    void jsonIsCheckedTheSameWay() {
        String json = """
                {"id": "t", "version": "1", "categories": [
                  {"code": "a", "label": "A", "kind": "SAFEGUARDING", "severity": 7, "definition": "A."},
                  {"code": "a", "label": "A", "kind": "WHATEVER", "severity": 1, "definition": "A."}
                ]}
                """;
        assertThat(TaxonomyReader.validate(json, TaxonomyReader.Format.JSON))
                .extracting(TaxonomyProblem::path, TaxonomyProblem::type).containsExactly(
                        tuple("categories[0].severity", ProblemType.BAD_SEVERITY),
                        tuple("categories[1].code", ProblemType.DUPLICATE_CODE),
                        tuple("categories[1].kind", ProblemType.INVALID_VALUE));
    }

    @Test
    void unreadableFileIsAProblemNotAStackTrace(@TempDir Path dir) {
        List<TaxonomyProblem> problems = TaxonomyReader.validate(dir.resolve("missing.yaml"));
        assertThat(problems).singleElement().extracting(TaxonomyProblem::type).isEqualTo(ProblemType.SYNTAX);
    }

    @Test
    void problemsPrintWithPathAndStableCode() {
        TaxonomyProblem p = new TaxonomyProblem("categories[3].severity", ProblemType.BAD_SEVERITY, "too high");
        assertThat(p).hasToString("categories[3].severity: SGK-0209 too high");
    }
}
