package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TaxonomyProperties {

    @Provide
    Arbitrary<TaxonomyDefinition> definitions() {
        return TaxonomyArbitraries.definitions();
    }

    private static int count(java.util.List<CategoryDefinition> list) {
        return list.stream().mapToInt(c -> 1 + count(c.children())).sum();
    }

    @Property(tries = 300)
    void anyValidTreeLoadsWithEveryCategory(@ForAll("definitions") TaxonomyDefinition definition) {
        assertThat(TaxonomyReader.validate(definition)).isEmpty();
        Taxonomy taxonomy = Taxonomy.of(definition);
        assertThat(taxonomy.categories()).hasSize(count(definition.categories()));
        assertThat(taxonomy.toDefinition()).isEqualTo(definition);
    }

    @Property(tries = 300)
    void roundTripsThroughJsonUnchanged(@ForAll("definitions") TaxonomyDefinition definition) {
        String json = TaxonomyWriter.toJson(definition);
        assertThat(TaxonomyReader.readDefinition(json, TaxonomyReader.Format.JSON)).isEqualTo(definition);
        assertThat(TaxonomyReader.readJson(json).toDefinition()).isEqualTo(definition);
    }

    @Property(tries = 300)
    void roundTripsThroughYamlUnchanged(@ForAll("definitions") TaxonomyDefinition definition) {
        String yaml = TaxonomyWriter.toYaml(definition);
        assertThat(TaxonomyReader.readDefinition(yaml, TaxonomyReader.Format.YAML)).isEqualTo(definition);
        assertThat(TaxonomyReader.readYaml(yaml).toDefinition()).isEqualTo(definition);
    }

    @Property(tries = 300)
    void everyDescendantInheritsKindFlagsAndSeverityUnlessItOverrides(
            @ForAll("definitions") TaxonomyDefinition definition) {
        Taxonomy taxonomy = Taxonomy.of(definition);
        for (Category c : taxonomy.categories()) {
            CategoryDefinition declared = taxonomy.declared(c.code()).orElseThrow();
            if (c.parent().isEmpty()) {
                assertThat(c.kind()).isEqualTo(declared.kind().orElseThrow());
                assertThat(c.flags()).isEqualTo(declared.flags().orElse(Set.of()));
                continue;
            }
            Category parent = taxonomy.find(c.parent().get()).orElseThrow();
            assertThat(c.kind()).isEqualTo(declared.kind().orElse(parent.kind()));
            assertThat(c.flags()).isEqualTo(declared.flags().orElse(parent.flags()));
            assertThat(c.severity()).isEqualTo(declared.severity().orElse(parent.severity()));
            for (Category ancestor : taxonomy.ancestors(c.code())) {
                assertThat(taxonomy.isA(c.code(), ancestor.code())).isTrue();
                assertThat(taxonomy.descendants(ancestor.code())).contains(c);
            }
        }
    }

    @Property(tries = 200)
    void everyCodeAliasAndRetiredCodeResolvesToACurrentCode(@ForAll("definitions") TaxonomyDefinition definition) {
        Taxonomy taxonomy = Taxonomy.of(definition);
        for (Category c : taxonomy.categories()) {
            assertThat(taxonomy.resolve(c.code())).contains(c.code());
            assertThat(taxonomy.resolve(c.code().toUpperCase(java.util.Locale.ROOT).replace('.', ' ')))
                    .contains(c.code());
            for (String alias : c.aliases()) {
                assertThat(taxonomy.resolve(alias)).contains(c.code());
            }
        }
        for (Retirement r : definition.retired()) {
            assertThat(taxonomy.resolve(r.code())).hasValueSatisfying(code -> assertThat(taxonomy.isCurrent(code))
                    .isTrue());
        }
    }
}
