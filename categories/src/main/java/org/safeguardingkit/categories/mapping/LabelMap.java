package org.safeguardingkit.categories.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safeguardingkit.categories.ProblemType;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyProblem;
import org.safeguardingkit.categories.TaxonomyValidationException;

/**
 * An explicit table from a vendor's category labels to taxonomy codes, read from YAML or JSON:
 *
 * <pre>{@code
 * id: mis-labels
 * taxonomy: sgkit-default
 * labels:
 *   "Bullying - Cyber": bullying.online
 *   "Peer on peer abuse": child-on-child
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id       the table id
 * @param taxonomy the id of the taxonomy whose codes the table names
 * @param labels   label to code, in file order
 */
public record LabelMap(String id, String taxonomy, Map<String, String> labels) {

    private static final String MIS_LABELS = "/org/safeguardingkit/categories/mapping/mis-labels.yaml";

    /** Checks that no field is null; copies the table, keeping its order. */
    public LabelMap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taxonomy, "taxonomy");
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(labels, "labels")));
    }

    /** An empty table for {@code taxonomy}. */
    public static LabelMap empty(String taxonomy) {
        return new LabelMap("empty", taxonomy, Map.of());
    }

    /** The shipped table of common MIS safeguarding-product labels, mapped to {@code sgkit-default}. */
    public static LabelMap misLabels() {
        try (InputStream in = LabelMap.class.getResourceAsStream(MIS_LABELS)) {
            if (in == null) {
                throw new IllegalStateException("SGK-0251: resource missing: " + MIS_LABELS);
            }
            return read(new YAMLMapper().readTree(in), "mis-labels.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0251: cannot read " + MIS_LABELS, e);
        }
    }

    /**
     * Reads a table from a YAML or JSON file ({@code .json} is JSON).
     *
     * @throws TaxonomyValidationException with every problem of the file
     */
    public static LabelMap read(Path file) {
        ObjectMapper mapper = file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? new ObjectMapper()
                : new YAMLMapper();
        try {
            return read(mapper.readTree(Files.readString(file)), String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new TaxonomyValidationException(String.valueOf(file.getFileName()), List.of(new TaxonomyProblem(
                    "$", ProblemType.SYNTAX, "cannot read the label map (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private static LabelMap read(JsonNode root, String source) {
        List<TaxonomyProblem> problems = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        String id = "";
        String taxonomy = "";
        if (root == null || !root.isObject()) {
            problems.add(new TaxonomyProblem("$", ProblemType.INVALID_VALUE, "a label map is an object"));
        } else {
            id = root.path("id").asText("");
            taxonomy = root.path("taxonomy").asText("");
            if (taxonomy.isBlank()) {
                problems.add(new TaxonomyProblem("taxonomy", ProblemType.MISSING_FIELD, "taxonomy is required"));
            }
            JsonNode table = root.path("labels");
            if (!table.isObject()) {
                problems.add(new TaxonomyProblem("labels", ProblemType.MISSING_FIELD,
                        "labels (label: code) is required"));
            } else {
                Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    if (e.getValue().isTextual() && !e.getValue().textValue().isBlank()) {
                        labels.put(e.getKey(), e.getValue().textValue());
                    } else {
                        problems.add(new TaxonomyProblem("labels." + e.getKey(), ProblemType.INVALID_VALUE,
                                "the code must be text"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TaxonomyValidationException(source, problems);
        }
        return new LabelMap(id, taxonomy, labels);
    }

    /** The entries whose code does not resolve in {@code target}: a stale or mistyped table. */
    public Map<String, String> unresolved(Taxonomy target) {
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((label, code) -> {
            if (!target.contains(code)) {
                out.put(label, code);
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
