package org.safeguardingkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Error codes ({@code SGK-nnnn}) are stable identifiers a vendor can match on, so one code means one thing: a code
 * may be used by several classes of one package (one concept), never by two packages of the library.
 */
class ErrorCodesTest {

    private static final Pattern CODE = Pattern.compile("SGK-\\d{4}");

    @Test
    void everyErrorCodeBelongsToOnePackage() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Map<String, Set<String>> packagesByCode = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replaceFirst(".*/src/main/java/", "");
                Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    packagesByCode.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(pkg);
                }
            }
        }
        assertThat(packagesByCode).hasSizeGreaterThan(50);
        Map<String, Set<String>> shared = new TreeMap<>(packagesByCode);
        shared.values().removeIf(packages -> packages.size() == 1);
        assertThat(shared).as("codes used in more than one package").isEmpty();
    }
}
