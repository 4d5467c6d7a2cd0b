package org.safeguardingkit.core.quality;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes {@link Findings} in the interchange format of {@code record-format.md}: one JSON object per record,
 * {@code {"id": ..., "findings": [{"rule", "severity", "field", "start", "end", "text", "message",
 * "suggestion"}]}}; {@code start}/{@code end}/{@code text} only when the finding points at words,
 * {@code suggestion} only when there is one. Optionally adds {@code "score"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingsJson {

    private final JsonFactory factory = new JsonFactory();
    private final boolean withScore;

    private FindingsJson(boolean withScore) {
        this.withScore = withScore;
    }

    /**
     * The exact interchange format (id and findings).
     *
     * @return the writer
     */
    public static FindingsJson standard() {
        return new FindingsJson(false);
    }

    /**
     * The interchange format plus a {@code "score"} member.
     *
     * @return the writer
     */
    public static FindingsJson withScore() {
        return new FindingsJson(true);
    }

    /**
     * One record's findings as a single-line JSON object.
     *
     * @param findings the findings
     * @return the JSON text, no line break
     */
    public String toJson(Findings findings) {
        StringWriter out = new StringWriter(256);
        write(findings, out);
        return out.toString();
    }

    /**
     * Writes one record's findings as a single-line JSON object (no line break).
     *
     * @param findings the findings
     * @param out      where to write; not closed
     */
    public void write(Findings findings, Writer out) {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", findings.id());
            if (withScore) {
                g.writeNumberField("score", findings.score());
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : findings.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("field", f.field());
                if (f.span().isPresent()) {
                    g.writeNumberField("start", f.span().get().start());
                    g.writeNumberField("end", f.span().get().end());
                    g.writeStringField("text", f.span().get().text());
                }
                g.writeStringField("message", f.message());
                if (f.suggestion().isPresent()) {
                    g.writeStringField("suggestion", f.suggestion().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0415: cannot write findings", e);
        }
    }
}
