package org.safeguardingkit.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.SampleConcerns;

/**
 * In the style of threetenbp's {@code AbstractTest.assertImmutable}: every value class of the model and the SPI is
 * final, with private final fields, and its lists cannot be changed.
 */
class ImmutabilityTest {

    /** Classes that are mutable on purpose: builders, and Jakarta validators (initialised by the provider). */
    private static boolean isValueClass(Class<?> type) {
        return !type.isInterface() && !type.isEnum() && !type.isAnnotation()
                && !type.getSimpleName().equals("Builder")
                && !type.getPackageName().endsWith(".constraints")
                && !Throwable.class.isAssignableFrom(type)
                && !type.isAnonymousClass() && !type.isSynthetic();
    }

    static Stream<Class<?>> valueClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.safeguardingkit.core.model", "org.safeguardingkit.core.spi").stream()
                .map(JavaClass::reflect)
                .filter(ImmutabilityTest::isValueClass);
    }

    @Test
    @DisplayName("the scan finds the model's value classes")
    void scanFindsThem() {
        assertThat(valueClasses().map(Class::getSimpleName)).contains("Concern", "Pupil", "PupilId", "Decision",
                "Action", "Chronology", "Interval", "Versioned", "AuditEvent", "AuditSeal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueClasses")
    @DisplayName("a value class is final with private final fields")
    void assertImmutable(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getName()).isTrue();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                assertThat(Modifier.isFinal(field.getModifiers())).as("static %s is final", field).isTrue();
                continue;
            }
            assertThat(Modifier.isPrivate(field.getModifiers())).as("%s is private", field).isTrue();
            assertThat(Modifier.isFinal(field.getModifiers())).as("%s is final", field).isTrue();
        }
    }

    @Test
    @DisplayName("lists handed in are copied, and lists handed out cannot be changed")
    void listsAreUnmodifiable() throws ReflectiveOperationException {
        Concern concern = SampleConcerns.formatExample();
        for (RecordComponent component : Concern.class.getRecordComponents()) {
            if (List.class.isAssignableFrom(component.getType())) {
                @SuppressWarnings("unchecked")
                Collection<Object> list = (Collection<Object>) component.getAccessor().invoke(concern);
                assertThatThrownBy(() -> list.add(list.isEmpty() ? "x" : list.iterator().next()))
                        .as(component.getName()).isInstanceOf(UnsupportedOperationException.class);
            }
        }
        List<String> categories = new java.util.ArrayList<>(List.of("a"));
        Concern copy = concern.toBuilder().categories(categories).build();
        categories.add("b");
        assertThat(copy.categories()).containsExactly("a");
    }
}
