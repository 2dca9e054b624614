package org.alliance.core.internal.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.Role;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * JSON for the Alliance API: Jackson with records and java.time (ISO-8601 strings), roles in
 * their lower-case wire form, {@code null}s omitted. Input is strict: unknown fields, wrong
 * types, trailing garbage and bodies over {@value #MAX_BODY_BYTES} bytes are refused with a
 * 4xx that names the problem. Absent fields are {@code null} (false for a boolean flag), and
 * the services say which of them are required.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName("alliance.json")
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
@JaxrsMediaType({MediaType.APPLICATION_JSON, AllianceRest.PROBLEM_JSON})
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, AllianceRest.PROBLEM_JSON})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("alliance-roles")
                    .addSerializer(Role.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Role role, JsonGenerator gen, SerializerProvider p) throws IOException {
                            gen.writeString(role.wireName());
                        }
                    })
                    .addDeserializer(Role.class, new JsonDeserializer<>() {
                        @Override
                        public Role deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                            return Role.fromWireName(p.getValueAsString());
                        }
                    }))
            // A measure's highest possible score is a method, not a record component: written for the web app.
            .addMixIn(OutcomeMeasure.class, OutcomeMeasureJson.class)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent flag such as clinicianClient means false, as a user would expect.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** Adds {@code maxScore} to a measure's JSON. */
    abstract static class OutcomeMeasureJson {
        @JsonProperty("maxScore")
        abstract int maxScore();
    }

    /** The configured mapper, for code that needs the same JSON outside a request. */
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != InputStream.class && type != byte[].class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(Problem.response(413, "Payload too large",
                    "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB.", null));
        }
        if (body.length == 0) {
            throw new InvalidInputException(null, "A JSON request body is required.");
        }
        try {
            Object value = mapper.readValue(body, mapper.constructType(genericType));
            if (value == null) {
                throw new InvalidInputException(null, "The request body must be a JSON object, not null.");
            }
            return value;
        } catch (InvalidInputException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw describe(e);
        }
    }

    /** Turns Jackson's error into one sentence a user can act on. */
    static InvalidInputException describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(u.getPropertyName(), "unknown field; accepted fields are "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f) {
            return new InvalidInputException(path(f), "'" + f.getValue() + "' is not a valid "
                    + f.getTargetType().getSimpleName());
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            String expected = m.getTargetType() == null ? "another type" : m.getTargetType().getSimpleName();
            return new InvalidInputException(field.isEmpty() ? null : field, "has the wrong type; expected " + expected);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof InvalidInputException cause) {
            return cause;
        }
        if (e instanceof JsonParseException p) {
            return new InvalidInputException(null, "The body is not valid JSON (line " + p.getLocation().getLineNr()
                    + ", column " + p.getLocation().getColumnNr() + ").");
        }
        return new InvalidInputException(null, "The body could not be read as JSON: " + e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        mapper.writerFor(mapper.constructType(genericType)).writeValue(out, value);
    }
}
