package org.safeguardingkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.json.RecordFormatException;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.SampleConcerns;

@DisplayName("JSON Schemas (draft 2020-12) of docs/schema")
class JsonSchemaTest {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final ConcernJson JSON = ConcernJson.create();
    private static final JsonNode CONCERN_SCHEMA_TREE = tree("concern-v1.schema.json");
    static final JsonSchema CONCERN = schema("concern-v1.schema.json");
    private static final JsonSchema FINDINGS = schema("findings-v1.schema.json");
    private static final String LINE = JSON.write(SampleConcerns.formatExample());

    private static InputStream open(String name) {
        InputStream in = JsonSchemaTest.class.getResourceAsStream(name);
        if (in == null) {
            in = JsonSchemaTest.class.getResourceAsStream("/org/safeguardingkit/core/json/" + name);
        }
        return in;
    }

    private static JsonNode tree(String name) {
        try (InputStream in = open(name)) {
            return TREE.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree(name), config);
    }

    static Set<ValidationMessage> validate(JsonSchema schema, String json) {
        try {
            return schema.validate(TREE.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the schemas are themselves valid draft 2020-12 schemas")
    void metaValid() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(CONCERN_SCHEMA_TREE)).isEmpty();
        assertThat(meta.validate(tree("findings-v1.schema.json"))).isEmpty();
    }

    @Test
    @DisplayName("the documented example and what the library writes are valid records")
    void validRecords() throws IOException {
        assertThat(CONCERN.validate(tree("format-example.json"))).isEmpty();
        assertThat(validate(CONCERN, LINE)).isEmpty();
        assertThat(validate(CONCERN, JSON.write(SampleConcerns.minimal("c-1", "p-1", SampleConcerns.NOW))))
                .isEmpty();
        assertThat(validate(CONCERN, LINE.replace("\"c-000123\"", "123"))).as("integer ids are accepted").isEmpty();
    }

    static Stream<Arguments> invalidRecords() {
        return Stream.of(
                Arguments.of("unknown field", "\"summary\"", "\"note\":\"x\",\"summary\""),
                Arguments.of("unknown nested field", "\"place\"", "\"plaice\""),
                Arguments.of("wrong enum value", "\"TEACHER\"", "\"teacher\""),
                Arguments.of("enum as number", "\"NO_FURTHER_ACTION\"", "0"),
                Arguments.of("bad instant", "2026-10-03T12:40:00Z", "3 Oct 2026"),
                Arguments.of("impossible instant", "2026-10-03T15:10:00Z", "2026-13-03T15:10:00Z"),
                Arguments.of("bad date", "2026-10-05", "05/10/2026"),
                Arguments.of("missing required field", "\"summary\":\"Free text written by the member of staff.\",",
                        ""),
                Arguments.of("missing nested required field", "\"id\":\"p-42\",", ""),
                Arguments.of("null required field", "\"c-000123\"", "null"),
                Arguments.of("blank identifier", "\"c-000123\"", "\"  \""),
                Arguments.of("number for text", "\"Free text written by the member of staff.\"", "42"),
                Arguments.of("text for integer", "\"yearGroup\":9", "\"yearGroup\":\"9\""),
                Arguments.of("fraction for integer", "\"yearGroup\":9", "\"yearGroup\":9.5"),
                Arguments.of("year group out of range", "\"yearGroup\":9", "\"yearGroup\":15"),
                Arguments.of("text for array", "[\"hsb.sexual-harassment\"]", "\"x\""),
                Arguments.of("null in array", "[\"hsb.sexual-harassment\"]", "[null]"),
                Arguments.of("text for object", "{\"id\":\"s-7\",\"role\":\"TEACHER\"}", "\"x\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    @DisplayName("what the library rejects, the schema rejects")
    void invalidRecords(String name, String from, String to) {
        String json = LINE.replace(from, to);
        assertThat(json).isNotEqualTo(LINE);
        assertThat(catchThrowable(() -> JSON.read(json))).as("Java").isInstanceOf(RecordFormatException.class);
        assertThat(validate(CONCERN, json)).as("schema").isNotEmpty();
    }

    @Test
    @DisplayName("the documented findings object is valid; a bad severity or half a span is not")
    void findings() throws IOException {
        String example = TREE.writeValueAsString(tree("findings-example.json"));
        assertThat(validate(FINDINGS, example)).isEmpty();
        assertThat(validate(FINDINGS, "{\"id\":\"c-1\",\"score\":80,\"findings\":[{\"rule\":\"location\","
                + "\"severity\":\"INFO\",\"field\":\"location\",\"message\":\"No location recorded.\"}]}")).isEmpty();
        assertThat(validate(FINDINGS, "{\"id\":\"c-1\",\"findings\":[]}")).isEmpty();
        assertThat(validate(FINDINGS, example.replace("WARNING", "warning"))).isNotEmpty();
        assertThat(validate(FINDINGS, example.replace("\"end\":51,", ""))).isNotEmpty();
        assertThat(validate(FINDINGS, example.replace("\"rule\"", "\"ruleId\""))).isNotEmpty();
        assertThat(validate(FINDINGS, "{\"id\":\"c-1\"}")).isNotEmpty();
    }

    // ---- agreement between the schema and the Java model ----

    /** The model's record types and a fully filled instance of each, from the documented example. */
    private static List<Record> filledParts() {
        Concern c = SampleConcerns.formatExample();
        return List.of(c, c.pupil(), c.recordedBy(), c.location().orElseThrow(), c.childVoice().orElseThrow(),
                c.otherPupils().get(0), c.agencies().get(0), c.responses().get(0), c.actions().get(0),
                c.decisions().get(0));
    }

    private static JsonNode schemaOf(Class<?> type) {
        return type == Concern.class ? CONCERN_SCHEMA_TREE : CONCERN_SCHEMA_TREE.path("$defs").path(type.getSimpleName());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> requiredInJava(Record filled) throws ReflectiveOperationException {
        RecordComponent[] components = filled.getClass().getRecordComponents();
        Constructor<?> canonical = filled.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Set<String> required = new TreeSet<>();
        for (int i = 0; i < components.length; i++) {
            Object[] args = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                args[j] = i == j ? null : components[j].getAccessor().invoke(filled);
            }
            try {
                canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                required.add(components[i].getName());
            }
        }
        return required;
    }

    @Test
    @DisplayName("every record component of each model record is a property of the schema, in order, and vice versa")
    void sameFields() {
        for (Record filled : filledParts()) {
            Class<?> type = filled.getClass();
            JsonNode schema = schemaOf(type);
            assertThat(schema.isMissingNode()).as("schema for %s", type.getSimpleName()).isFalse();
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(fieldNames(schema.path("properties"))).as(type.getSimpleName())
                    .containsExactlyElementsOf(components);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
        }
    }

    @Test
    @DisplayName("the required lists are identical: what the Java constructors require, the schema requires")
    void sameRequired() throws ReflectiveOperationException {
        for (Record filled : filledParts()) {
            Set<String> schemaRequired = new TreeSet<>();
            schemaOf(filled.getClass()).path("required").forEach(n -> schemaRequired.add(n.asText()));
            assertThat(schemaRequired).as(filled.getClass().getSimpleName()).isEqualTo(requiredInJava(filled));
        }
    }

    private static Set<Class<?>> enumsOfModel() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Record filled : filledParts()) {
            for (RecordComponent component : filled.getClass().getRecordComponents()) {
                collectEnums(component.getGenericType(), enums);
            }
        }
        return enums;
    }

    private static void collectEnums(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> c && c.isEnum()) {
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collectEnums(t, into));
        }
    }

    @Test
    @DisplayName("enum values are identical, in the same order, and every enum of the model is in the schema")
    void sameEnums() {
        Set<Class<?>> enums = enumsOfModel();
        assertThat(enums).hasSize(10);
        for (Class<?> e : enums) {
            List<String> java = Arrays.stream(e.getEnumConstants()).map(Object::toString).toList();
            List<String> schema = new ArrayList<>();
            CONCERN_SCHEMA_TREE.path("$defs").path(e.getSimpleName()).path("enum").forEach(n -> schema.add(n.asText()));
            assertThat(schema).as(e.getSimpleName()).isEqualTo(java);
        }
        Set<String> schemaEnums = new TreeSet<>();
        CONCERN_SCHEMA_TREE.path("$defs").properties().forEach(f -> {
            if (f.getValue().has("enum")) {
                schemaEnums.add(f.getKey());
            }
        });
        assertThat(schemaEnums).isEqualTo(enums.stream().map(Class::getSimpleName).collect(Collectors.toCollection(
                TreeSet::new)));
    }

    @Test
    @DisplayName("each property that holds a model record or enum refers to that type's definition")
    void sameTypes() {
        for (Record filled : filledParts()) {
            JsonNode properties = schemaOf(filled.getClass()).path("properties");
            for (RecordComponent component : filled.getClass().getRecordComponents()) {
                Set<Class<?>> referenced = new LinkedHashSet<>();
                collectModelTypes(component.getGenericType(), referenced);
                String text = properties.path(component.getName()).toString();
                for (Class<?> type : referenced) {
                    assertThat(text).as("%s.%s", filled.getClass().getSimpleName(), component.getName())
                            .contains("#/$defs/" + type.getSimpleName());
                }
            }
        }
    }

    private static void collectModelTypes(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> c && (c.isEnum() || c.isRecord())
                && c.getPackageName().equals(Concern.class.getPackageName())
                && !org.safeguardingkit.core.model.Identifier.class.isAssignableFrom(c)) {
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collectModelTypes(t, into));
        }
    }
}
