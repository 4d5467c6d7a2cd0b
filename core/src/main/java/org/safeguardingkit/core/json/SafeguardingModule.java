package org.safeguardingkit.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Identifier;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;

/**
 * The Jackson module for the v1 record format: identifiers as plain strings. Register it together with Jackson's
 * {@code JavaTimeModule} and {@code Jdk8Module}, or use {@link SafeguardingJson#mapper()}, which configures
 * everything (unknown fields rejected, ISO dates, empty optionals left out).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper()
 *         .registerModule(new SafeguardingModule())
 *         .registerModule(new JavaTimeModule())
 *         .registerModule(new Jdk8Module());
 * }</pre>
 */
public final class SafeguardingModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public SafeguardingModule() {
        super("SafeguardingModule");
        addSerializer(Identifier.class, new IdentifierSerializer());
        identifier(ConcernId.class, ConcernId::of);
        identifier(PupilId.class, PupilId::of);
        identifier(StaffId.class, StaffId::of);
        identifier(SchoolId.class, SchoolId::of);
        identifier(FamilyId.class, FamilyId::of);
        // Only the record components are fields of the format: helpers such as Concern.isClosed() or
        // Location.isRecorded() must not be written as "closed" or "recorded", whatever the mapper's defaults.
        for (Class<?> part : List.of(Concern.class, Pupil.class, StaffRef.class, Location.class, ChildVoice.class,
                OtherPupil.class, AgencyInvolvement.class, Response.class, Action.class, Decision.class)) {
            setMixInAnnotation(part, OnlyRecordComponents.class);
        }
    }

    /** Mix-in: no is-getters. */
    @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class OnlyRecordComponents {
    }

    private <T extends Identifier> void identifier(Class<T> type, Function<String, T> factory) {
        addDeserializer(type, new IdentifierDeserializer<>(type, factory));
    }

    private static final class IdentifierSerializer extends StdSerializer<Identifier> {
        private static final long serialVersionUID = 1L;

        IdentifierSerializer() {
            super(Identifier.class);
        }

        @Override
        public void serialize(Identifier value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.value());
        }
    }

    private static final class IdentifierDeserializer<T extends Identifier> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> factory;

        IdentifierDeserializer(Class<T> type, Function<String, T> factory) {
            super(type);
            this.factory = factory;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "must not be blank");
            }
            return factory.apply(text);
        }
    }
}
