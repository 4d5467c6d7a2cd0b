package org.safeguardingkit.categories.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyReader;

class CoverageAnalysisTest {

    final Taxonomy sgkit = Taxonomy.sgkitDefault();

    @Test
    void catchAllAboveTenPercentIsReported() {
        CoverageReport report = CoverageAnalysis.of(sgkit).analyse(Map.of("behaviour.disruption", 80L, "other", 11L,
                "behaviour.other", 9L));
        assertThat(report.totalUses()).isEqualTo(100);
        assertThat(report.catchAllOveruse()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("other");
            assertThat(c.uses()).isEqualTo(11);
            assertThat(c.share()).isEqualTo(0.11);
        });
        assertThat(report.hasFindings()).isTrue();
    }

    @Test
    void exactlyTenPercentIsNotOveruseAndTheThresholdIsConfigurable() {
        Map<String, Long> usage = Map.of("behaviour.disruption", 90L, "other", 10L);
        assertThat(CoverageAnalysis.of(sgkit).analyse(usage).catchAllOveruse()).isEmpty();
        assertThat(CoverageAnalysis.of(sgkit).withCatchAllThreshold(0.05).analyse(usage).catchAllOveruse())
                .extracting(CatchAllUse::code).containsExactly("other");
        assertThatThrownBy(() -> CoverageAnalysis.of(sgkit).withCatchAllThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void catchAllCodesCanBeNamed() {
        Taxonomy cin = Taxonomy.reference("dfe-cin-factors");
        CoverageAnalysis analysis = CoverageAnalysis.of(cin).withCatchAllCodes(Set.of("20"));
        assertThat(analysis.catchAllCodes()).containsExactly("20");
        assertThat(analysis.analyse(Map.of("20", 5L, "16A", 5L)).catchAllOveruse()).hasSize(1);
    }

    @Test
    void familiesTheLogNeverRecordsAndCodesNeverUsed() {
        CoverageReport report = CoverageAnalysis.of(sgkit).analyse(Map.of("bullying.online", 3L,
                "hsb.sexual-harassment", 1L));
        assertThat(report.missingFromTaxonomy()).isEmpty();
        assertThat(report.neverRecorded()).containsExactly(CategoryFamily.LOWER_LEVEL_HSB);
        assertThat(report.neverUsed()).contains("hba", "hba.fgm", "behaviour").doesNotContain("hsb", "bullying",
                "bullying.online");
    }

    @Test
    void familiesTheTaxonomyLacks() {
        Taxonomy plain = TaxonomyReader.readYaml("""
                id: plain
                version: "1"
                categories:
                  - {code: behaviour, label: Behaviour, kind: BEHAVIOURAL, severity: 1, definition: Behaviour.}
                  - {code: other, label: Other, kind: SAFEGUARDING, severity: 2, definition: Other concerns.}
                """);
        CoverageReport report = CoverageAnalysis.of(plain).analyse(Map.of("behaviour", 4L));
        assertThat(report.missingFromTaxonomy()).containsExactly(CategoryFamily.HSB, CategoryFamily.LOWER_LEVEL_HSB,
                CategoryFamily.ONLINE);
        assertThat(report.neverUsed()).containsExactly("other");
    }

    @Test
    void retiredCodesAndAliasesCountUnderTheirSuccessorUnknownCodesAreListed() {
        CoverageReport report = CoverageAnalysis.of(sgkit).analyse(Map.of("peer-on-peer", 2L, "child-on-child", 1L,
                "sexism", 4L, "made-up", 7L, "also-made-up", 0L), List.of("Lunch queue", "Lunch queue"));
        assertThat(report.usage()).containsEntry("child-on-child", 3L).containsEntry("hsb.sexist-language", 4L);
        assertThat(report.unknownCodes()).containsExactly(Map.entry("made-up", 7L));
        assertThat(report.unmappedLabels()).containsExactly("Lunch queue");
        assertThat(report.totalUses()).isEqualTo(14);
    }

    @Test
    void emptyLogAndNegativeCounts() {
        CoverageReport report = CoverageAnalysis.of(sgkit).analyse(Map.of());
        assertThat(report.catchAllOveruse()).isEmpty();
        assertThat(report.neverRecorded()).containsExactly(CategoryFamily.values());
        assertThat(report.neverUsed()).hasSize(sgkit.categories().size());
        assertThatThrownBy(() -> CoverageAnalysis.of(sgkit).analyse(Map.of("other", -1L)))
                .hasMessageStartingWith("SGK-0262");
    }
}
