package org.alliance.core.internal.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.RuntimeDelegate;
import org.alliance.api.core.AuditQuery;
import org.alliance.api.core.Client;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

class JsonProviderTest {

    private static final Annotation[] NONE = new Annotation[0];
    private static final Instant CREATED = Instant.parse("2025-03-03T09:00:00Z");

    private final JsonProvider json = new JsonProvider();

    // ---- reading ----

    @Test
    void readsARecordAndParsesRolesCaseInsensitively() throws IOException {
        NewUser user = (NewUser) read(NewUser.class, """
                {"username": "ann", "password": "correct horse battery", "displayName": "Ann",
                 "roles": ["Therapist", "FRONTDESK", "intern"]}""");

        assertThat(user.username()).isEqualTo("ann");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.THERAPIST, Role.FRONTDESK, Role.INTERN);
    }

    @Test
    void readsDatesAndInstantsFromIso8601() throws IOException {
        NewClient client = (NewClient) read(NewClient.class, """
                {"displayName": "Olivia", "dateOfBirth": "1991-02-03", "clinicianClient": false}""");
        AuditQuery query = (AuditQuery) read(AuditQuery.class, """
                {"from": "2025-03-03T09:00:00Z", "limit": 10}""");

        assertThat(client.dateOfBirth()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(query.from()).isEqualTo(CREATED);
        assertThat(query.limit()).isEqualTo(10);
    }

    @Test
    void anUnknownFieldIsRefusedNamingItAndTheAcceptedFields() {
        InvalidInputException e = refused(NewUser.class, """
                {"username": "ann", "nickname": "Annie"}""");

        assertThat(e.field()).isEqualTo("nickname");
        assertThat(e.getMessage()).contains("accepted fields are")
                .contains("username", "password", "displayName", "email", "roles", "modalities", "licenseNumber");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        InvalidInputException e = refused(NewUser.class, "{\n  \"username\": \"ann\",\n  oops\n}");

        assertThat(e.field()).isNull();
        assertThat(e.getMessage()).contains("not valid JSON").contains("line 3").containsPattern("column \\d+");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() {
        assertThat(refused(NewClient.class, """
                {"displayName": "Olivia", "clinicianClient": "maybe"}""").field()).isEqualTo("clinicianClient");
        assertThat(refused(NewClient.class, """
                {"displayName": {"first": "Olivia"}}""").field()).isEqualTo("displayName");
        assertThat(refused(AuditQuery.class, """
                {"limit": "ten"}""").field()).isEqualTo("limit");
        assertThat(refused(NewClient.class, """
                {"displayName": "Olivia", "dateOfBirth": "3rd of February"}""").field()).isEqualTo("dateOfBirth");
    }

    @Test
    void anAbsentFlagReadsAsFalse() throws IOException {
        NewClient client = (NewClient) read(NewClient.class, """
                {"displayName": "Ann"}""");
        assertThat(client.clinicianClient()).isFalse();
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheAcceptedRoles() {
        InvalidInputException e = refused(NewUser.class, """
                {"username": "ann", "roles": ["wizard"]}""");

        assertThat(e.field()).isEqualTo("roles");
        assertThat(e.getMessage()).contains("wizard").contains("therapist", "frontdesk");
    }

    @Test
    void anEmptyBodyIsRefused() {
        InvalidInputException e = refused(NewUser.class, "");

        assertThat(e.getMessage()).contains("required");
    }

    @Test
    void aNullBodyIsRefused() {
        assertThat(refused(NewUser.class, "null").getMessage()).contains("not null");
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        assertThat(refused(NewUser.class, "{\"username\": \"ann\"} {\"username\": \"ben\"}")).isNotNull();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        byte[] body = padded("{}", JsonProvider.MAX_BODY_BYTES + 1);

        WebApplicationException e = withStubJaxRs(() -> catchThrowableOfType(WebApplicationException.class,
                () -> read(NewUser.class, body)));

        assertThat(e).isNotNull();
        assertThat(e.getResponse().getStatus()).isEqualTo(413);
        assertThat(e.getResponse().getEntity()).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.status()).isEqualTo(413));
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsRead() throws IOException {
        byte[] body = padded("{\"username\": \"ann\"}", JsonProvider.MAX_BODY_BYTES);

        assertThat(((NewUser) read(NewUser.class, body)).username()).isEqualTo("ann");
    }

    @Test
    void rawTypesAreLeftToOtherProviders() {
        assertThat(json.isReadable(String.class, String.class, NONE, null)).isFalse();
        assertThat(json.isReadable(byte[].class, byte[].class, NONE, null)).isFalse();
        assertThat(json.isReadable(NewUser.class, NewUser.class, NONE, null)).isTrue();
        assertThat(json.isWriteable(String.class, String.class, NONE, null)).isFalse();
        assertThat(json.isWriteable(ByteArrayInputStream.class, ByteArrayInputStream.class, NONE, null)).isFalse();
    }

    // ---- writing ----

    @Test
    void rolesAreWrittenAsLowerCaseNames() throws IOException {
        JsonNode user = write(user(Set.of(Role.THERAPIST, Role.FRONTDESK), null));

        assertThat(user.get("roles").isArray()).isTrue();
        assertThat(user.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("therapist", "frontdesk");
    }

    @Test
    void instantsAndDatesAreWrittenAsIso8601Strings() throws IOException {
        JsonNode user = write(user(Set.of(Role.THERAPIST), null));
        JsonNode client = write(new Client(UUID.randomUUID(), "Olivia", "Client 7F3A", LocalDate.of(1991, 2, 3), null,
                null, null, false, null, true, false, CREATED));

        assertThat(user.get("createdAt").isTextual()).isTrue();
        assertThat(user.get("createdAt").asText()).isEqualTo("2025-03-03T09:00:00Z");
        assertThat(client.get("dateOfBirth").asText()).isEqualTo("1991-02-03");
    }

    @Test
    void nullFieldsAreOmitted() throws IOException {
        JsonNode user = write(user(Set.of(Role.THERAPIST), null));

        assertThat(user.has("email")).isFalse();
        assertThat(user.has("licenseNumber")).isFalse();
        assertThat(user.has("username")).isTrue();
        assertThat(user.get("active").asBoolean()).isTrue();
    }

    // ---- helpers ----

    private static User user(Set<Role> roles, String email) {
        return new User(UUID.randomUUID(), "ann", "Ann", email, roles, List.of("cbt"), null, true, CREATED);
    }

    private Object read(Class<?> type, String body) throws IOException {
        return read(type, body.getBytes(UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Object read(Class<?> type, byte[] body) throws IOException {
        return json.readFrom((Class<Object>) type, type, NONE, null, null, new ByteArrayInputStream(body));
    }

    private InvalidInputException refused(Class<?> type, String body) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(type, body));
        assertThat(e).as("reading %s should be refused with InvalidInputException", body).isNotNull();
        return e;
    }

    private JsonNode write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(value, value.getClass(), value.getClass(), NONE, null, null, out);
        return json.mapper().readTree(out.toByteArray());
    }

    /** {@code json} followed by spaces up to exactly {@code size} bytes. */
    private static byte[] padded(String json, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] start = json.getBytes(UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }

    // ---- a minimal JAX-RS runtime ----

    private interface Action<T> {
        T run();
    }

    /**
     * Runs {@code action} with a stand-in JAX-RS runtime. {@code Response.status(..)} needs a
     * {@link RuntimeDelegate}, which only a JAX-RS implementation provides, and none is on the
     * test class path. The stand-in records status and entity, which is all these tests read.
     */
    private static <T> T withStubJaxRs(Action<T> action) {
        RuntimeDelegate.setInstance(mock(RuntimeDelegate.class, withSettings().defaultAnswer(call ->
                call.getMethod().getName().equals("createResponseBuilder")
                        ? mock(Response.ResponseBuilder.class, withSettings().defaultAnswer(new RecordingBuilder()))
                        : null)));
        try {
            return action.run();
        } finally {
            RuntimeDelegate.setInstance(null);
        }
    }

    private static final class RecordingBuilder implements Answer<Object> {
        private int status;
        private Object entity;

        @Override
        public Object answer(InvocationOnMock call) {
            switch (call.getMethod().getName()) {
                case "status" -> {
                    if (call.getArgument(0) instanceof Integer code) {
                        status = code;
                    }
                }
                case "entity" -> entity = call.getArgument(0);
                case "build" -> {
                    int code = status;
                    Object body = entity;
                    return mock(Response.class, withSettings().defaultAnswer(r -> switch (r.getMethod().getName()) {
                        case "getStatus" -> code;
                        case "getStatusInfo" -> Response.Status.fromStatusCode(code);
                        case "getEntity" -> body;
                        default -> null;
                    }));
                }
                default -> {
                }
            }
            return call.getMethod().getReturnType().isInstance(call.getMock()) ? call.getMock() : null;
        }
    }
}
