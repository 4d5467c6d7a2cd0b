package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTaxonomyTest {

    /** Every code taxonomy.md says sgkit-default must contain. */
    static final List<String> SPEC_BEHAVIOURAL = List.of("behaviour.disruption", "behaviour.defiance",
            "behaviour.lateness", "behaviour.truancy", "behaviour.damage", "behaviour.vaping", "behaviour.theft",
            "behaviour.fighting", "behaviour.abuse-of-staff", "bullying.verbal", "bullying.physical",
            "bullying.online", "bullying.racist", "bullying.homophobic", "bullying.disability");
    static final List<String> SPEC_SAFEGUARDING = List.of("abuse.physical", "abuse.emotional", "abuse.sexual",
            "neglect", "domestic-abuse", "hsb.sexist-language", "hsb.sexual-comments", "hsb.age-inappropriate",
            "hsb.sexual-harassment", "hsb.upskirting", "hsb.image-sharing", "hsb.sexual-touching",
            "hsb.sexual-violence", "online.contact", "online.harmful-content", "exploitation.cse",
            "exploitation.cce", "exploitation.county-lines", "violence.serious", "violence.weapon", "violence.gang",
            "mental-health.self-harm", "mental-health.suicidal-ideation", "mental-health.eating",
            "mental-health.anxiety", "attendance.missing-education", "attendance.missing-from-home",
            "radicalisation", "hba.fgm", "hba.forced-marriage", "hba.honour-based", "family.substance-misuse",
            "family.mental-health", "family.young-carer", "family.private-fostering", "substance.child");

    static final List<String> CIN_CODES = List.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B",
            "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A",
            "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A",
            "24A");

    final Taxonomy sgkit = Taxonomy.sgkitDefault();

    @Test
    void defaultContainsEveryBehaviouralCodeTheSpecListsAsBehavioural() {
        for (String code : SPEC_BEHAVIOURAL) {
            assertThat(sgkit.isCurrent(code)).as(code).isTrue();
            assertThat(sgkit.find(code).orElseThrow().kind()).as(code).isEqualTo(CategoryKind.BEHAVIOURAL);
            assertThat(sgkit.severity(code)).as(code).isBetween(1, 3);
        }
    }

    @Test
    void defaultContainsEverySafeguardingCodeTheSpecListsAsSafeguarding() {
        for (String code : SPEC_SAFEGUARDING) {
            assertThat(sgkit.isCurrent(code)).as(code).isTrue();
            assertThat(sgkit.isSafeguarding(code)).as(code).isTrue();
        }
    }

    @Test
    void everyCategoryHasARealDefinition() {
        for (Category c : sgkit.categories()) {
            assertThat(c.definition()).as(c.code()).hasSizeGreaterThan(40).endsWith(".");
        }
    }

    @Test
    void bullyingIsChildOnChildAndPrejudiceBasedBullyingIsFlagged() {
        for (String code : List.of("bullying.verbal", "bullying.physical", "bullying.online", "bullying.racist",
                "bullying.homophobic", "bullying.disability")) {
            assertThat(sgkit.hasFlag(code, CategoryFlag.CHILD_ON_CHILD)).as(code).isTrue();
        }
        assertThat(sgkit.hasFlag("bullying.racist", CategoryFlag.PREJUDICE)).isTrue();
        assertThat(sgkit.hasFlag("bullying.homophobic", CategoryFlag.PREJUDICE)).isTrue();
        assertThat(sgkit.hasFlag("bullying.disability", CategoryFlag.PREJUDICE)).isTrue();
        assertThat(sgkit.hasFlag("bullying.verbal", CategoryFlag.PREJUDICE)).isFalse();
        assertThat(sgkit.hasFlag("bullying.online", CategoryFlag.ONLINE)).isTrue();
    }

    @Test
    void lowerLevelHsbCodesCarryTheFlagAndSeverityTwo() {
        for (String code : List.of("hsb.sexist-language", "hsb.sexual-comments", "hsb.age-inappropriate")) {
            assertThat(sgkit.isLowerLevelHsb(code)).as(code).isTrue();
            assertThat(sgkit.isHsb(code)).as(code).isTrue();
            assertThat(sgkit.severity(code)).as(code).isEqualTo(2);
        }
        assertThat(sgkit.isLowerLevelHsb("hsb.sexual-violence")).isFalse();
        assertThat(sgkit.isHsb("hsb.sexual-violence")).isTrue();
        assertThat(sgkit.isHsb("bullying.verbal")).isFalse();
    }

    @Test
    void theGravestConcernsHaveSeverityFive() {
        for (String code : List.of("exploitation.cse", "exploitation.cce", "exploitation.county-lines",
                "hsb.sexual-violence", "violence.weapon", "hba.fgm", "mental-health.suicidal-ideation")) {
            assertThat(sgkit.severity(code)).as(code).isEqualTo(5);
        }
    }

    @Test
    void hasACatchAllAndKeepsOldCodesResolvable() {
        assertThat(sgkit.isCurrent("other")).isTrue();
        assertThat(sgkit.resolve("peer-on-peer")).contains("child-on-child");
        assertThat(sgkit.resolve("Peer on Peer")).contains("child-on-child");
        assertThat(sgkit.resolve("sexting")).contains("hsb.image-sharing");
        assertThat(sgkit.resolve("sexism")).contains("hsb.sexist-language");
        assertThat(sgkit.isLowerLevelHsb("Sexism")).isTrue();
    }

    @Test
    void treeQueries() {
        assertThat(sgkit.isA("bullying.racist", "bullying")).isTrue();
        assertThat(sgkit.isA("bullying", "bullying")).isTrue();
        assertThat(sgkit.isA("bullying", "bullying.racist")).isFalse();
        assertThat(sgkit.ancestors("hsb.upskirting")).extracting(Category::code).containsExactly("hsb");
        assertThat(sgkit.children("hba")).extracting(Category::code)
                .containsExactly("hba.fgm", "hba.forced-marriage", "hba.honour-based");
        assertThat(sgkit.descendants("exploitation")).extracting(Category::code).contains("exploitation.cse");
        assertThat(sgkit.children("no-such-code")).isEmpty();
    }

    @Test
    void unknownCodesAreHarmless() {
        assertThat(sgkit.severity("no-such-code")).isEqualTo(1);
        assertThat(sgkit.isHsb("no-such-code")).isFalse();
        assertThat(sgkit.isSafeguarding("")).isFalse();
        assertThat(sgkit.find("---")).isEmpty();
    }

    @Test
    void cinFactorsContainEveryCensusCode() {
        Taxonomy cin = Taxonomy.reference("dfe-cin-factors");
        assertThat(cin.categories()).extracting(Category::code).containsExactlyElementsOf(CIN_CODES);
        assertThat(cin.locked()).isTrue();
        assertThat(cin.find("21").orElseThrow().definition()).contains("no further action");
        assertThat(cin.find("18A").orElseThrow().definition()).contains("Legacy").contains("18B or 18C");
        assertThat(cin.find("19A").orElseThrow().definition()).contains("Legacy").contains("19B or 19C");
        assertThat(cin.find("11a")).map(Category::code).contains("11A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sgkit", "SGKIT-DEFAULT", "dfe"})
    void unknownReferenceIdIsRejected(String id) {
        assertThatThrownBy(() -> Taxonomy.reference(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SGK-0220");
    }

    @Test
    void defaultRoundTripsThroughYamlAndJson() {
        TaxonomyDefinition definition = sgkit.toDefinition();
        assertThat(TaxonomyReader.readYaml(TaxonomyWriter.toYaml(sgkit)).toDefinition()).isEqualTo(definition);
        assertThat(TaxonomyReader.readJson(TaxonomyWriter.toJson(sgkit)).toDefinition()).isEqualTo(definition);
    }
}
