package org.safeguardingkit.categories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes taxonomies as JSON or YAML in the format {@link TaxonomyReader} reads; reading what was written
 * gives the same definition back.
 *
 * <pre>{@code
 * String yaml = TaxonomyWriter.toYaml(Taxonomy.sgkitDefault());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TaxonomyWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // strings stay quoted: minimised quoting let "1_" come back as the number 1 (YAML 1.1)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private TaxonomyWriter() {
    }

    /** The taxonomy as YAML. */
    public static String toYaml(Taxonomy taxonomy) {
        return toYaml(taxonomy.toDefinition());
    }

    /** The definition as YAML. */
    public static String toYaml(TaxonomyDefinition definition) {
        return write(YAML, definition);
    }

    /** The taxonomy as JSON. */
    public static String toJson(Taxonomy taxonomy) {
        return toJson(taxonomy.toDefinition());
    }

    /** The definition as JSON. */
    public static String toJson(TaxonomyDefinition definition) {
        return write(JSON, definition);
    }

    /** Writes the taxonomy to a file, JSON when the name ends in {@code .json}, YAML otherwise. */
    public static void write(Taxonomy taxonomy, Path file) throws IOException {
        String text = TaxonomyReader.Format.of(file) == TaxonomyReader.Format.JSON ? toJson(taxonomy)
                : toYaml(taxonomy);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String write(ObjectMapper mapper, TaxonomyDefinition definition) {
        try {
            return mapper.writeValueAsString(tree(definition));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("SGK-0216: cannot write taxonomy " + definition.id(), e);
        }
    }

    private static ObjectNode tree(TaxonomyDefinition definition) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", definition.id());
        root.put("version", definition.version());
        root.put("locked", definition.locked());
        ArrayNode categories = root.putArray("categories");
        definition.categories().forEach(c -> categories.add(category(c)));
        if (!definition.retired().isEmpty()) {
            ArrayNode retired = root.putArray("retired");
            for (Retirement r : definition.retired()) {
                ObjectNode entry = retired.addObject();
                entry.put("code", r.code());
                r.replacedBy().ifPresent(s -> entry.put("replacedBy", s));
            }
        }
        return root;
    }

    private static ObjectNode category(CategoryDefinition c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("code", c.code());
        node.put("label", c.label());
        c.kind().ifPresent(k -> node.put("kind", k.name()));
        c.flags().ifPresent(flags -> {
            ArrayNode array = node.putArray("flags");
            flags.forEach(f -> array.add(f.name()));
        });
        c.severity().ifPresent(s -> node.put("severity", s));
        node.put("definition", c.definition());
        if (!c.aliases().isEmpty()) {
            ArrayNode aliases = node.putArray("aliases");
            c.aliases().forEach(aliases::add);
        }
        c.parent().ifPresent(p -> node.put("parent", p));
        if (!c.children().isEmpty()) {
            ArrayNode children = node.putArray("children");
            c.children().forEach(child -> children.add(category(child)));
        }
        return node;
    }
}
