package org.safeguardingkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.SampleConcerns;

@DisplayName("v1 JSON: one record")
class ConcernJsonTest {

    private static final ConcernJson JSON = ConcernJson.create();
    private static final ObjectMapper TREE = new ObjectMapper();
    /** Free text that must never appear in an error message. */
    private static final String SECRET = "SECRET";

    static String resource(String name) {
        try (InputStream in = ConcernJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String EXAMPLE = resource("format-example.json");
    /** The example on one line, as the library writes it. */
    private static final String LINE = JSON.write(SampleConcerns.formatExample());

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = TREE.createObjectNode();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = TREE.createArrayNode();
            node.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        return node;
    }

    @Nested
    @DisplayName("reads and writes records as docs/record-format.md shows")
    class AsDocumented {

        @Test
        @DisplayName("the documented example reads to the sample record")
        void readsExample() {
            assertThat(JSON.read(EXAMPLE)).isEqualTo(SampleConcerns.formatExample());
        }

        @Test
        @DisplayName("writing gives the documented example on one line: same names, order and values, nulls left out")
        void writesExample() throws IOException {
            assertThat(LINE).doesNotContain("\n");
            JsonNode written = TREE.readTree(LINE);
            assertThat(written).isEqualTo(withoutNulls(TREE.readTree(EXAMPLE)));
            assertThat(written.fieldNames()).toIterable().containsExactly("id", "schoolId", "pupil", "occurredAt",
                    "recordedAt", "recordedBy", "location", "summary", "childVoice", "otherPupils", "categories",
                    "agencies", "responses", "actions", "decisions", "status");
        }

        @Test
        @DisplayName("a minimal record writes only the required fields")
        void minimal() {
            Concern c = SampleConcerns.minimal("c-1", "p-1", SampleConcerns.NOW.minusSeconds(7200));
            assertThat(JSON.write(c)).isEqualTo("{\"id\":\"c-1\",\"pupil\":{\"id\":\"p-1\"},"
                    + "\"occurredAt\":\"2026-10-31T22:00:00Z\",\"recordedAt\":\"2026-10-31T23:00:00Z\","
                    + "\"recordedBy\":{\"id\":\"s-1\"},\"summary\":\"Sample summary.\"}");
            assertThat(JSON.read(JSON.write(c))).isEqualTo(c);
        }

        @Test
        @DisplayName("null is accepted for every optional field and reads as absent")
        void nullsAccepted() {
            String json = "{\"id\":\"c-1\",\"schoolId\":null,\"pupil\":{\"id\":\"p-1\",\"sex\":null,\"yearGroup\":null,"
                    + "\"dateOfBirth\":null,\"familyId\":null},\"occurredAt\":\"2026-10-03T12:40:00Z\","
                    + "\"recordedAt\":\"2026-10-03T15:10:00Z\",\"recordedBy\":{\"id\":\"s-7\",\"role\":null},"
                    + "\"location\":null,\"summary\":\"x\",\"childVoice\":null,\"otherPupils\":null,"
                    + "\"categories\":null,\"agencies\":null,\"responses\":[{\"level\":null,\"type\":null,"
                    + "\"description\":null}],\"actions\":[{\"description\":null,\"owner\":null,\"dueDate\":null,"
                    + "\"status\":null}],\"decisions\":[{\"outcome\":\"OTHER\",\"rationale\":null,\"decidedBy\":null,"
                    + "\"decidedAt\":null}],\"status\":null,\"outcome\":null,\"tags\":null}";
            Concern c = JSON.read(json);
            assertThat(c.schoolId()).isEmpty();
            assertThat(c.pupil().yearGroup()).isEmpty();
            assertThat(c.categories()).isEmpty();
            assertThat(c.actions()).singleElement().satisfies(a -> assertThat(a.description()).isEmpty());
            assertThat(JSON.read(JSON.write(c))).isEqualTo(c);
        }

        @Test
        @DisplayName("SafeguardingModule on a plain mapper (with Jackson's java.time and Optional modules) reads the example")
        void moduleOnPlainMapper() {
            ObjectMapper plain = new ObjectMapper().registerModule(new SafeguardingModule())
                    .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
            ConcernJson json = ConcernJson.using(plain);
            assertThat(json.read(EXAMPLE)).isEqualTo(SampleConcerns.formatExample());
            assertThat(json.read(json.write(SampleConcerns.formatExample()))).isEqualTo(SampleConcerns.formatExample());
            assertThat(catchThrowableOfType(RecordFormatException.class, () -> json.read(EXAMPLE.replace("\"F\"",
                    "\"Q\""), 2))).hasMessage("SGK-0100: line 2: field 'pupil/sex': expected one of M, F, X");
        }

        @Test
        @DisplayName("instants with an offset are read as the same instant and written in UTC")
        void offsets() {
            Concern c = JSON.read(LINE.replace("2026-10-03T12:40:00Z", "2026-10-03T13:40:00+01:00"));
            assertThat(c.occurredAt()).isEqualTo(SampleConcerns.formatExample().occurredAt());
        }
    }

    @Nested
    @DisplayName("every format error is a RecordFormatException naming line, field and what was expected")
    class Errors {

        private RecordFormatException error(String json) {
            RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> JSON.read(json, 7));
            assertThat(e).as("an error for %s", json).isNotNull();
            assertThat(e.lineNumber()).hasValue(7);
            assertThat(e.getMessage()).startsWith("SGK-0100: line 7: ").doesNotContain(SECRET);
            assertThat(e.getCause()).as("the parser's error, which may quote the input, is not attached").isNull();
            return e;
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            unknown field            | "summary"                       | "secretNote":"SECRET","summary"                | secretNote       | unknown field; expected one of: actions, agencies, categories, childVoice, decisions, id, location, occurredAt, otherPupils, outcome, pupil, recordedAt, recordedBy, responses, schoolId, status, summary, tags
            unknown nested field     | "place"                         | "plaice"                                       | location/plaice  | unknown field; expected one of: place, platform, setting
            wrong enum value         | "TEACHER"                       | "SECRET"                                       | recordedBy/role  | expected one of DSL, DEPUTY_DSL, TEACHER, SUPPORT_STAFF, PASTORAL, SENIOR_LEADER, OTHER
            enum in lower case       | "ALLEGED_PERPETRATOR"           | "alleged_perpetrator"                          | otherPupils/0/role | expected one of ALLEGED_PERPETRATOR, VICTIM, WITNESS, INVOLVED
            enum as number           | "NO_FURTHER_ACTION"             | 0                                              | decisions/0/outcome | expected one of NO_FURTHER_ACTION, MONITOR, SIGNPOST, EARLY_HELP, STATUTORY_REFERRAL, POLICE_REFERRAL, RISK_ASSESSMENT, OTHER
            bad instant              | "2026-10-03T12:40:00Z"          | "SECRET"                                       | occurredAt       | expected an ISO-8601 instant such as 2026-10-03T12:40:00Z
            impossible instant       | "2026-10-03T15:10:00Z"          | "2026-13-03T15:10:00Z"                         | recordedAt       | expected an ISO-8601 instant such as 2026-10-03T12:40:00Z
            bad date                 | "2026-10-05"                    | "05/10/2026"                                   | actions/0/dueDate | expected an ISO-8601 date such as 2026-10-05
            missing required field   | "summary":"Free text written by the member of staff.", |                       | summary          | required field is missing
            missing nested required  | "id":"p-42",                    |                                                | pupil/id         | required field is missing
            null required field      | "c-000123"                      | null                                           | id               | required field is missing
            blank identifier         | "c-000123"                      | "  "                                           | id               | expected a non-blank identifier (a string)
            object for text          | "Free text written by the member of staff." | {"a":"SECRET"}                     | summary          | expected a string
            number for text          | "Free text written by the member of staff." | 42                                 | summary          | expected a string
            text for integer         | "yearGroup":9                   | "yearGroup":"9"                                | pupil/yearGroup  | expected an integer
            fraction for integer     | "yearGroup":9                   | "yearGroup":9.5                                | pupil/yearGroup  | expected an integer
            year group out of range  | "yearGroup":9                   | "yearGroup":15                                 | pupil/yearGroup  | must be between -1 (Nursery) and 14, was 15
            text for array           | ["hsb.sexual-harassment"]       | "SECRET"                                       | categories       | expected an array
            null in array            | ["hsb.sexual-harassment"]       | [null]                                         | categories       | must not contain null
            text for object          | {"id":"s-7","role":"TEACHER"}   | "SECRET"                                       | recordedBy       | expected an object
            duplicate field          | "summary"                       | "summary":"SECRET","summary"                   | summary          | field appears twice (column 332)
            """)
        void fieldErrors(String name, String from, String to, String field, String problem) {
            String json = LINE.replace(from, to == null ? "" : to);
            assertThat(json).as("the case changes the record").isNotEqualTo(LINE);
            RecordFormatException e = error(json);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).isEqualTo("SGK-0100: line 7: field '" + field + "': " + problem);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            not JSON                 | SECRET                                  | not valid JSON (column 1)
            broken JSON              | {"summary": SECRET}                     | not valid JSON (column 13)
            an array                 | ["SECRET"]                              | expected an object
            null                     | null                                    | expected a JSON object, found null
            two values on a line     | {"id":"c-1","pupil":{"id":"p-1"},"occurredAt":"2026-10-03T12:40:00Z","recordedAt":"2026-10-03T12:40:00Z","recordedBy":{"id":"s-1"},"summary":"SECRET"} {"SECRET":1} | more than one JSON value on the line (column 152)
            """)
        void recordErrors(String name, String json, String problem) {
            RecordFormatException e = error(json);
            assertThat(e.field()).isEmpty();
            assertThat(e.problem()).isEqualTo(problem);
        }

        @Test
        @DisplayName("text cut off inside a field names the field")
        void truncated() {
            RecordFormatException e = error("{\"id\":\"c-1\",\"summary\":\"SECRET and more");
            assertThat(e.field()).isEqualTo("summary");
            assertThat(e.problem()).startsWith("not valid JSON");
        }

        @Test
        @DisplayName("without a line number the message has no line")
        void noLine() {
            RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> JSON.read("[]"));
            assertThat(e.lineNumber()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("SGK-0100: expected an object");
        }
    }
}
