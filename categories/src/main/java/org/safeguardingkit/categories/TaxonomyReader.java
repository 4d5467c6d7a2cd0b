package org.safeguardingkit.categories;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads taxonomies from JSON or YAML (Jackson) and checks them, reporting <em>every</em> problem of a
 * file at once, each with its path:
 *
 * <pre>{@code
 * try {
 *     Taxonomy trust = TaxonomyReader.read(Path.of("trust-taxonomy.yaml"));
 * } catch (TaxonomyValidationException e) {
 *     e.problems().forEach(p -> System.err.println(p));   // categories[3].severity: SGK-0209 ...
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TaxonomyReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private TaxonomyReader() {
    }

    /** The format of a taxonomy document. */
    public enum Format {
        /** JSON. */
        JSON,
        /** YAML. */
        YAML;

        /** The format for a file name: {@code .json} is JSON, anything else YAML. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? JSON : YAML;
        }
    }

    /** Reads a YAML taxonomy. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readYaml(InputStream in) {
        return toTaxonomy(parse(in, Format.YAML), "document");
    }

    /** Reads a YAML taxonomy file. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readYaml(Path file) {
        return read(file, Format.YAML);
    }

    /** Reads a YAML taxonomy from text. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readYaml(String text) {
        return toTaxonomy(parse(text, Format.YAML), "document");
    }

    /** Reads a JSON taxonomy. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readJson(InputStream in) {
        return toTaxonomy(parse(in, Format.JSON), "document");
    }

    /** Reads a JSON taxonomy file. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readJson(Path file) {
        return read(file, Format.JSON);
    }

    /** Reads a JSON taxonomy from text. @throws TaxonomyValidationException with every problem */
    public static Taxonomy readJson(String text) {
        return toTaxonomy(parse(text, Format.JSON), "document");
    }

    /** Reads a taxonomy file, JSON when it ends in {@code .json}, YAML otherwise. */
    public static Taxonomy read(Path file) {
        return read(file, Format.of(file));
    }

    /** Every problem of a taxonomy file; empty when it is valid. Never throws for bad content. */
    public static List<TaxonomyProblem> validate(Path file) {
        TaxonomyDocument.Reading reading = parse(file, Format.of(file));
        return allProblems(reading);
    }

    /** Every problem of a taxonomy document in the given format; empty when it is valid. */
    public static List<TaxonomyProblem> validate(String text, Format format) {
        return allProblems(parse(text, format));
    }

    /** Every problem of a definition built in code; empty when it is valid. */
    public static List<TaxonomyProblem> validate(TaxonomyDefinition definition) {
        return TaxonomyCompiler.problems(definition);
    }

    /**
     * Reads a document into its definition without checking the taxonomy rules (only the shape).
     *
     * @throws TaxonomyValidationException when the document is not well-formed or has fields of the wrong type
     */
    public static TaxonomyDefinition readDefinition(String text, Format format) {
        TaxonomyDocument.Reading reading = parse(text, format);
        if (!reading.problems().isEmpty()) {
            throw new TaxonomyValidationException("document", reading.problems());
        }
        return reading.definition();
    }

    private static Taxonomy read(Path file, Format format) {
        return toTaxonomy(parse(file, format), String.valueOf(file.getFileName()));
    }

    private static Taxonomy toTaxonomy(TaxonomyDocument.Reading reading, String source) {
        List<TaxonomyProblem> problems = allProblems(reading);
        if (!problems.isEmpty()) {
            throw new TaxonomyValidationException(source, problems);
        }
        return Taxonomy.of(reading.definition());
    }

    /** Shape problems first; rule problems on paths already reported are left out (one cause, one problem). */
    private static List<TaxonomyProblem> allProblems(TaxonomyDocument.Reading reading) {
        List<TaxonomyProblem> problems = new ArrayList<>(reading.problems());
        if (reading.definition() == null) {
            return problems;
        }
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.path()));
        for (TaxonomyProblem p : TaxonomyCompiler.problems(reading.definition())) {
            if (!reported.contains(p.path())) {
                problems.add(p);
            }
        }
        problems.sort(ProblemOrder.INSTANCE);
        return List.copyOf(problems);
    }

    private static ObjectMapper mapper(Format format) {
        return format == Format.JSON ? JSON : YAML;
    }

    private static TaxonomyDocument.Reading parse(Path file, Format format) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, format);
        } catch (IOException e) {
            return failed(new TaxonomyProblem(String.valueOf(file), ProblemType.SYNTAX,
                    "cannot read the file (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static TaxonomyDocument.Reading parse(InputStream in, Format format) {
        try {
            return TaxonomyDocument.read(mapper(format).readTree(in));
        } catch (JsonProcessingException e) {
            return failed(syntax(e, format));
        } catch (IOException e) {
            return failed(new TaxonomyProblem("$", ProblemType.SYNTAX,
                    "cannot read the document (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static TaxonomyDocument.Reading parse(String text, Format format) {
        try {
            return TaxonomyDocument.read(mapper(format).readTree(text));
        } catch (JsonProcessingException e) {
            return failed(syntax(e, format));
        }
    }

    private static TaxonomyProblem syntax(JsonProcessingException e, Format format) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new TaxonomyProblem(where, ProblemType.SYNTAX, "not well-formed " + format + ": "
                + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    private static TaxonomyDocument.Reading failed(TaxonomyProblem problem) {
        return new TaxonomyDocument.Reading(null, List.of(problem));
    }
}
