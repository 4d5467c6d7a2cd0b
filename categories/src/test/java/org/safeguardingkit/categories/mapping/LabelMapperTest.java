package org.safeguardingkit.categories.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyValidationException;

class LabelMapperTest {

    final Taxonomy sgkit = Taxonomy.sgkitDefault();
    final LabelMapper mapper = LabelMapper.of(sgkit, LabelMap.misLabels());

    @Test
    void shippedTableHasFortyPlusLabelsAndEveryCodeResolves() {
        LabelMap table = LabelMap.misLabels();
        assertThat(table.labels()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(table.taxonomy()).isEqualTo("sgkit-default");
        assertThat(table.unresolved(sgkit)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bullying - Cyber          | bullying.online
            BULLYING: cyber           | bullying.online
            Sexual harassment         | hsb.sexual-harassment
            Peer on peer abuse        | child-on-child
            Child on child abuse      | child-on-child
            Online Safety             | online
            Prevent                   | radicalisation
            Self harm                 | mental-health.self-harm
            Domestic Violence         | domestic-abuse
            CSE                       | exploitation.cse
            County Lines              | exploitation.county-lines
            FGM                       | hba.fgm
            Neglect                   | neglect
            Physical abuse            | abuse.physical
            Racist incident           | bullying.racist
            Homophobic bullying       | bullying.homophobic
            Vaping                    | behaviour.vaping
            Sexting                   | hsb.image-sharing
            Upskirting                | hsb.upskirting
            """)
    void commonMisLabelsMap(String label, String code) {
        assertThat(mapper.map(label)).hasValueSatisfying(m -> assertThat(m.code()).isEqualTo(code));
    }

    @Test
    void withoutATableTheTaxonomyItselfMapsCodesLabelsAndAliases() {
        LabelMapper plain = LabelMapper.of(sgkit);
        assertThat(plain.map("hsb.upskirting").orElseThrow().match()).isEqualTo(MappedLabel.Match.CODE);
        assertThat(plain.map("Sexual harassment").orElseThrow().match()).isEqualTo(MappedLabel.Match.LABEL);
        assertThat(plain.map("cyberbullying").orElseThrow().match()).isEqualTo(MappedLabel.Match.ALIAS);
        assertThat(plain.map("peer-on-peer").orElseThrow())
                .isEqualTo(new MappedLabel("peer-on-peer", "child-on-child", MappedLabel.Match.ALIAS));
        assertThat(plain.map("SEXUAL HARASSMENT!").orElseThrow().match()).isEqualTo(MappedLabel.Match.NORMALISED);
        assertThat(plain.map("Cyber-Bullying").orElseThrow().code()).isEqualTo("bullying.online");
    }

    @Test
    void reportsWhatItCouldNotMap() {
        LabelMapping result = mapper.mapAll(List.of("Bullying - Cyber", "Lunch queue", "Sexual harassment",
                "Lunch queue", "", "Uniform"));
        assertThat(result.asMap()).containsEntry("Bullying - Cyber", "bullying.online")
                .containsEntry("Sexual harassment", "hsb.sexual-harassment").hasSize(2);
        assertThat(result.unmapped()).containsExactly("Lunch queue", "", "Uniform");
        assertThat(result.isComplete()).isFalse();
    }

    @Test
    void nearMissesAreNotMapped() {
        assertThat(mapper.map("Bullying - Cyberspace")).isEmpty();
        assertThat(mapper.map("Harassment")).isEmpty();
        assertThat(mapper.map("---")).isEmpty();
    }

    @Test
    void readsAVendorTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vendor.yaml");
        Files.writeString(file, """
                id: vendor-x
                taxonomy: sgkit-default
                labels:
                  "Dinner hall incident": behaviour.disruption
                  "Mystery": no.such.code
                """);
        LabelMap table = LabelMap.read(file);
        assertThat(table.unresolved(sgkit)).containsOnlyKeys("Mystery");
        LabelMapper vendor = LabelMapper.of(sgkit, table);
        assertThat(vendor.map("dinner hall incident").orElseThrow().code()).isEqualTo("behaviour.disruption");
        assertThat(vendor.map("Mystery")).isEmpty();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"labels\": {\"A\": 3}}");
        assertThatThrownBy(() -> LabelMap.read(bad)).isInstanceOf(TaxonomyValidationException.class)
                .satisfies(e -> assertThat(((TaxonomyValidationException) e).problems()).hasSize(2));
    }
}
