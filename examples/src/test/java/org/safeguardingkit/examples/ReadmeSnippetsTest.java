package org.safeguardingkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets come from compiled, tested code: every line of every {@code java} block must stand in
 * a Java source file of the project, so a snippet cannot drift from the API.
 */
class ReadmeSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyLineOfEveryJavaSnippetStandsInTheCompiledSources() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> sourceLines = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    sourceLines.add(line.strip());
                }
            }
        }
        List<String> snippetLines = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(snippetLines::add);
        }
        assertThat(snippetLines).as("java snippets in the README").hasSizeGreaterThan(20);
        assertThat(snippetLines).allSatisfy(line -> assertThat(sourceLines).as("README line").contains(line));
    }
}
