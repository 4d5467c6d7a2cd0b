package org.safeguardingkit.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.safeguardingkit.core.json.SafeguardingJson;

/**
 * Writes and reads a {@link Review} as JSON, with the library's configured mapper (ISO dates, identifiers as
 * strings, empty optionals and lists left out, unknown fields rejected). Thread-safe.
 */
public final class ReviewJson {

    private static final ObjectMapper MAPPER = SafeguardingJson.mapper();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

    private ReviewJson() {
    }

    /**
     * The review as indented JSON text.
     *
     * @param review the review
     * @return the JSON
     */
    public static String write(Review review) {
        try {
            return PRETTY.writeValueAsString(review);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SGK-0504: review could not be written as JSON", e);
        }
    }

    /**
     * Writes the review as indented JSON to a stream, which is left open.
     *
     * @param review the review
     * @param out the stream
     */
    public static void write(Review review, OutputStream out) {
        try {
            PRETTY.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a review from JSON text.
     *
     * @param json the JSON
     * @return the review
     * @throws IllegalArgumentException if the text is not a valid review
     */
    public static Review read(String json) {
        try {
            return MAPPER.readValue(json, Review.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("SGK-0505: not a valid review: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a review from a stream, which is left open.
     *
     * @param in the stream
     * @return the review
     * @throws IllegalArgumentException if the content is not a valid review
     */
    public static Review read(InputStream in) {
        try {
            return MAPPER.readerFor(Review.class)
                    .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("SGK-0505: not a valid review: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mapper used, for callers that embed a review in their own JSON.
     *
     * @return a copy of the configured mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
