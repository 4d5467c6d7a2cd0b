package org.safeguardingkit.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Identifier;

/**
 * Reads and writes one {@link Concern} as v1 JSON, turning every format problem into a
 * {@link RecordFormatException} that names the field and what was expected.
 *
 * <pre>{@code
 * ConcernJson json = ConcernJson.create();
 * Concern concern = json.read(text);
 * String back = json.write(concern);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConcernJson {

    /** A model constructor's message: "summary is required". */
    private static final Pattern MODEL_PROBLEM = Pattern.compile(
            "(?:SGK-\\d{4}: )?([a-zA-Z][\\w.\\[\\]]*) (is required|must .*)");

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(\\w{1,64})'");

    private final ObjectReader reader;
    private final ObjectWriter writer;

    private ConcernJson(ObjectMapper mapper) {
        this.reader = mapper.readerFor(Concern.class);
        this.writer = mapper.writerFor(Concern.class);
    }

    /**
     * A reader and writer with the standard v1 configuration.
     *
     * @return the codec
     */
    public static ConcernJson create() {
        return new ConcernJson(SafeguardingJson.mapper());
    }

    /**
     * A reader and writer on a mapper the caller configured (it must have {@link SafeguardingModule}).
     *
     * @param mapper the mapper
     * @return the codec
     */
    public static ConcernJson using(ObjectMapper mapper) {
        return new ConcernJson(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * Reads one record.
     *
     * @param json the JSON object text
     * @return the record
     * @throws RecordFormatException if the text is not a valid v1 record
     */
    public Concern read(String json) {
        return read(json, 0);
    }

    /**
     * Reads one record that stood on a given line of a log.
     *
     * @param json the JSON object text
     * @param lineNumber the 1-based line number for messages, or 0
     * @return the record
     * @throws RecordFormatException if the text is not a valid v1 record
     */
    public Concern read(String json, long lineNumber) {
        try {
            Concern concern = reader.readValue(json);
            if (concern == null) {
                throw new RecordFormatException(lineNumber, "", "expected a JSON object, found null", null);
            }
            return concern;
        } catch (JacksonException e) {
            throw translate(e, lineNumber);
        }
    }

    /**
     * Writes one record as a single line of JSON (no line breaks: text line breaks are escaped).
     *
     * @param concern the record
     * @return the JSON text
     */
    public String write(Concern concern) {
        try {
            return writer.writeValueAsString(concern);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordFormatException translate(JacksonException e, long lineNumber) {
        // The Jackson exception is never attached as the cause: its message may quote the input, free text included.
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            StreamReadException read = e instanceof StreamReadException r ? r : (StreamReadException) e.getCause();
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(read.getOriginalMessage()));
            if (duplicate.matches()) {
                String name = duplicate.group(1);
                return new RecordFormatException(lineNumber, field.isEmpty() ? name : field + "/" + name,
                        "field appears twice" + location(read), null);
            }
            return new RecordFormatException(lineNumber, field, "not valid JSON" + location(read), null);
        }
        if (!(e instanceof JsonMappingException m)) {
            return new RecordFormatException(lineNumber, field, "not valid JSON" + location(e), null);
        }
        if (m instanceof ValueInstantiationException && m.getCause() != null && m.getCause().getMessage() != null) {
            Matcher model = MODEL_PROBLEM.matcher(m.getCause().getMessage());
            if (model.matches()) {
                String name = model.group(1);
                String last = name.substring(name.lastIndexOf('.') + 1).replace("[]", "");
                String problem = model.group(2).equals("is required") ? "required field is missing" : model.group(2);
                return new RecordFormatException(lineNumber, field.isEmpty() ? last : field + "/" + last, problem,
                        null);
            }
        }
        if (m instanceof MismatchedInputException mi && mi.getOriginalMessage() != null
                && mi.getOriginalMessage().startsWith("Trailing token")) {
            return new RecordFormatException(lineNumber, "", "more than one JSON value on the line" + location(m),
                    null);
        }
        return new RecordFormatException(lineNumber, field, problem(m), null);
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
    }

    private static String problem(JsonMappingException m) {
        if (m instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown field" + (known.isEmpty() ? "" : "; expected one of: " + known);
        }
        if (m instanceof ValueInstantiationException) {
            return "invalid value";
        }
        if (m instanceof MismatchedInputException mi) {
            return "expected " + expected(mi.getTargetType());
        }
        return "invalid value" + location(m);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (Identifier.class.isAssignableFrom(type)) {
            return "a non-blank identifier (a string)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-10-03T12:40:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-10-05";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type.getSimpleName().equals("OptionalInt")) {
            return "an integer";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            String part = ref.getFieldName() != null ? ref.getFieldName()
                    : ref.getIndex() >= 0 ? Integer.toString(ref.getIndex()) : null;
            if (part == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
