package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.categories.coverage.CatchAllUse;
import org.safeguardingkit.categories.coverage.CategoryFamily;
import org.safeguardingkit.categories.coverage.CoverageAnalysis;
import org.safeguardingkit.categories.coverage.CoverageReport;
import org.safeguardingkit.categories.mapping.LabelMap;
import org.safeguardingkit.categories.mapping.LabelMapper;
import org.safeguardingkit.categories.mapping.LabelMapping;

/** The snippets of docs/taxonomy.md say what the code does. */
class DocsSnippetsTest {

    private static final Path DOC = Path.of("..", "docs", "taxonomy.md");

    @Test
    void lookups() {
        Taxonomy taxonomy = Taxonomy.sgkitDefault();
        assertThat(taxonomy.resolve("Peer on peer")).contains("child-on-child");
        assertThat(taxonomy.isLowerLevelHsb("sexism")).isTrue();
        assertThat(taxonomy.isA("bullying.racist", "bullying")).isTrue();
        assertThat(taxonomy.severity("exploitation.county-lines")).isEqualTo(5);
        assertThat(taxonomy.hasFlag("bullying.online", CategoryFlag.ONLINE)).isTrue();
        assertThat(taxonomy.resolve("HSB: Sexist Language")).contains("hsb.sexist-language");
        assertThat(taxonomy.categories()).hasSize(71);
    }

    @Test
    void mappingAndCoverage() {
        LabelMapper mapper = LabelMapper.of(Taxonomy.sgkitDefault(), LabelMap.misLabels());
        LabelMapping result = mapper.mapAll(List.of("Bullying - Cyber", "Sexual harassment", "Lunch queue"));
        assertThat(result.asMap()).isEqualTo(Map.of("Bullying - Cyber", "bullying.online", "Sexual harassment",
                "hsb.sexual-harassment"));
        assertThat(result.unmapped()).containsExactly("Lunch queue");
        assertThat(LabelMap.misLabels().labels()).hasSize(75);

        CoverageReport report = CoverageAnalysis.of(Taxonomy.sgkitDefault())
                .analyse(Map.of("behaviour.disruption", 80L, "other", 11L, "bullying.online", 9L),
                        result.unmapped());
        assertThat(report.catchAllOveruse()).containsExactly(new CatchAllUse("other", 11, 0.11));
        assertThat(report.neverRecorded()).containsExactly(CategoryFamily.HSB, CategoryFamily.LOWER_LEVEL_HSB);
    }

    @Test
    void everyYamlExampleInTheDocIsAValidTaxonomyOrLabelMap() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int taxonomies = 0;
        while (m.find()) {
            String yaml = m.group(1);
            if (yaml.contains("labels:")) {
                continue;
            }
            assertThat(TaxonomyReader.validate(yaml, TaxonomyReader.Format.YAML)).as(yaml).isEmpty();
            taxonomies++;
        }
        assertThat(taxonomies).isPositive();
    }

    @Test
    void theTrustWorkflowSnippetIsTheTestedCode() throws Exception {
        String doc = Files.readString(DOC);
        String test = Files.readString(Path.of("src", "test", "java", "org", "safeguardingkit", "categories",
                "governance", "TrustWorkflowExampleTest.java"));
        String snippet = test.substring(test.indexOf("// tag::trust-workflow[]") + "// tag::trust-workflow[]".length(),
                test.indexOf("// end::trust-workflow[]"));
        for (String line : snippet.strip().split("\n")) {
            assertThat(doc).as("docs/taxonomy.md has the tested line").contains(line.strip());
        }
    }
}
