package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.core.model.Concern;

/** A vendor ships its own rules in a jar; {@link java.util.ServiceLoader} finds them. */
class RulePackTest {

    /** A vendor's rule: the summary must not contain "TODO". */
    public static final class NoTodoRule implements TextRule {
        @Override
        public String id() {
            return "acme-no-todo";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public List<Finding> checkText(String text, String field, RuleContext context) {
            int at = text.indexOf("TODO");
            return at < 0 ? List.of() : List.of(Finding.at(id(), Severity.WARNING, field,
                    org.safeguardingkit.core.text.TextSpan.of(text, at, at + 4), "Unfinished record.", "Finish it."));
        }
    }

    /** The vendor's pack. */
    public static final class AcmePack implements RulePack {
        @Override
        public List<Rule> rules() {
            return List.of(new NoTodoRule());
        }
    }

    @TempDir
    Path dir;

    @Test
    void packsOnTheClassPathAddRules() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RulePack.class.getName()), AcmePack.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            List<Rule> rules = RuleSet.availableRules(loader);
            assertThat(rules).extracting(Rule::id).contains("child-voice", "acme-no-todo").endsWith("acme-no-todo");
            QualityChecker checker = QualityChecker.of(RuleSet.builder().rules(rules).build());
            Concern c = RuleSetTest.concern("TODO finish", "2026-01-01T09:00:00Z", "2026-01-01T10:00:00Z");
            assertThat(checker.check(c).of("acme-no-todo")).singleElement()
                    .satisfies(f -> assertThat(f.span()).get().extracting(s -> s.text()).isEqualTo("TODO"));
            assertThat(checker.checkText("TODO", "summary")).extracting(Finding::rule).contains("acme-no-todo");
        }
    }
}
