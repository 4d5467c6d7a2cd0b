package org.safeguardingkit.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguardingkit.categories.coverage.CoverageAnalysis;
import org.safeguardingkit.categories.coverage.CoverageReport;
import org.safeguardingkit.categories.governance.ChangeRequest;
import org.safeguardingkit.categories.governance.DecisionLog;
import org.safeguardingkit.categories.mapping.LabelMapper;
import org.safeguardingkit.categories.mapping.LabelMapping;

/** Value classes are final with private final fields (after threetenbp's assertImmutable). */
class ImmutabilityTest {

    @ParameterizedTest
    @ValueSource(classes = {Taxonomy.class, Category.class, CategoryDefinition.class, TaxonomyDefinition.class,
        Retirement.class, TaxonomyProblem.class, TaxonomyDiff.class, LabelMapper.class, LabelMapping.class,
        CoverageAnalysis.class, CoverageReport.class, ChangeRequest.class, DecisionLog.class})
    void isFinalWithPrivateFinalFields(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            assertThat(Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as(field + " is private final").isTrue();
        }
    }
}
