package org.safeguardingkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture of core, as ArchUnit rules over its main classes.
 */
@AnalyzeClasses(packages = "org.safeguardingkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfReviewOrExamples = noClasses()
            .that().resideInAPackage("org.safeguardingkit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.safeguardingkit.review..",
                    "org.safeguardingkit.examples..", "org.safeguardingkit.benchmarks..")
            .because("the modules are layers that only look down: categories <- core <- review <- examples");

    @ArchTest
    static final ArchRule modelDoesNotDependOnJackson = noClasses()
            .that().resideInAPackage("org.safeguardingkit.core.model..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("the model is plain values; the JSON format is the json package's concern");

    @ArchTest
    static final ArchRule modelIsTheBottomLayer = noClasses()
            .that().resideInAPackage("org.safeguardingkit.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.safeguardingkit.core.json..",
                    "org.safeguardingkit.core.spi..", "org.safeguardingkit.core.memory..",
                    "org.safeguardingkit.core.quality..", "org.safeguardingkit.core.text..")
            .because("everything in core builds on the model, never the other way round");

    @ArchTest
    static final ArchRule spiDoesNotDependOnItsImplementations = noClasses()
            .that().resideInAPackage("org.safeguardingkit.core.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("org.safeguardingkit.core.memory..",
                    "org.safeguardingkit.core.json..")
            .because("the SPI is what implementations depend on");

    @ArchTest
    static final ArchRule noCyclesBetweenCorePackages = slices()
            .matching("org.safeguardingkit.core.(*)..")
            .should().beFreeOfCycles();

    private static final DescribedPredicate<JavaClass> INTERNAL =
            JavaClass.Predicates.resideInAPackage("..internal..");

    private static ArchCondition<JavaMember> notExpose(DescribedPredicate<JavaClass> hidden) {
        return new ArchCondition<>("not expose " + hidden.getDescription() + " types in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                List<JavaClass> types = new ArrayList<>();
                if (member instanceof JavaField field) {
                    types.add(field.getRawType());
                } else if (member instanceof JavaCodeUnit unit) {
                    types.add(unit.getRawReturnType());
                    types.addAll(unit.getRawParameterTypes());
                    unit.getThrowsClause().getTypes().forEach(types::add);
                }
                for (JavaClass type : types) {
                    if (hidden.test(type)) {
                        events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " exposes " + type.getName()));
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule apiAndSpiDoNotExposeInternals = ArchRuleDefinition.members()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat().arePublic()
            .and(new DescribedPredicate<JavaMember>("are public or protected") {
                @Override
                public boolean test(JavaMember member) {
                    return member.getModifiers().contains(JavaModifier.PUBLIC)
                            || member.getModifiers().contains(JavaModifier.PROTECTED);
                }
            })
            .should(notExpose(INTERNAL))
            .because("API and SPI packages must not hand out types that may change without notice");

    @ArchTest
    static final ArchRule apiAndSpiDoNotExtendInternals = noClasses()
            .that().resideOutsideOfPackage("..internal..").and().arePublic()
            .should().beAssignableTo(INTERNAL)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule libraryCodeLogsOnlyThroughSlf4j = noClasses()
            .that().resideInAPackage("org.safeguardingkit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging..",
                    "org.apache.commons.logging..", "ch.qos.logback..", "org.slf4j.simple..")
            .because("library modules log through SLF4J only, with no binding");

    @ArchTest
    static void everyPackageSaysWhatLivesThere(com.tngtech.archunit.core.domain.JavaClasses classes) {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackage().tryGetPackageInfo().isEmpty()) {
                missing.add(c.getPackageName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(missing).as("packages without package-info.java").isEmpty();
    }
}
