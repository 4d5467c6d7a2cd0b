package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyDiffTest {

    final Taxonomy old = Taxonomy.sgkitDefault();

    @Test
    void sameTaxonomyHasNoDifferences() {
        assertThat(TaxonomyDiff.between(old, old).isEmpty()).isTrue();
    }

    @Test
    void reportsAddedRemovedRetiredAndChanged() {
        TaxonomyDefinition d = old.toDefinition();
        List<CategoryDefinition> top = new ArrayList<>();
        for (CategoryDefinition c : d.categories()) {
            switch (c.code()) {
                case "neglect" -> top.add(c.withSeverity(5).withLabel("Neglect (all forms)"));
                case "radicalisation" -> { } // removed without a retirement
                case "child-on-child" -> top.add(c.withCode("child-on-child.other"));
                case "substance" -> top.add(c.withKind(CategoryKind.BEHAVIOURAL));
                default -> top.add(c);
            }
        }
        top.add(CategoryDefinition.of("uniform", "Uniform", "Not wearing the uniform.")
                .withKind(CategoryKind.BEHAVIOURAL).withSeverity(1));
        List<Retirement> retired = new ArrayList<>(d.retired());
        retired.add(Retirement.of("child-on-child", "child-on-child.other"));
        retired.set(0, Retirement.of("peer-on-peer", "child-on-child.other"));
        Taxonomy newer = Taxonomy.of(d.withCategories(top).withRetired(retired).withVersion("2027.1"));

        TaxonomyDiff diff = TaxonomyDiff.between(old, newer);

        assertThat(diff.from()).isEqualTo("sgkit-default 2026.1");
        assertThat(diff.to()).isEqualTo("sgkit-default 2027.1");
        assertThat(diff.added()).containsExactly("child-on-child.other", "uniform");
        assertThat(diff.removed()).containsExactly("radicalisation");
        assertThat(diff.retired()).containsExactly(Retirement.of("child-on-child", "child-on-child.other"));
        assertThat(diff.changed()).extracting(TaxonomyDiff.CategoryChange::code)
                .containsExactly("neglect", "substance", "substance.child");
        assertThat(diff.changed().get(0).differences())
                .containsExactly("label: \"Neglect\" -> \"Neglect (all forms)\"", "severity: 4 -> 5");
        assertThat(diff.changed().get(2).differences()).containsExactly("kind: SAFEGUARDING -> BEHAVIOURAL");
    }
}
