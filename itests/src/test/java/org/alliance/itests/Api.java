package org.alliance.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A caller of the Alliance REST API: either a script sending HTTP Basic, or a browser-like
 * session (cookie plus the CSRF token from sign-in).
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, headers and the body parsed as JSON (null when empty). */
    public record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text(String field) {
            return json.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final Distribution distribution;
    private final String basic;
    private String cookie;
    private String csrf;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(Distribution distribution, String basic) {
        this.distribution = distribution;
        this.basic = basic;
    }

    /** No credentials at all. */
    public static Api anonymous(Distribution d) {
        return new Api(d, null);
    }

    /** HTTP Basic on every request, as a script would. */
    public static Api basic(Distribution d, String username, String password) {
        return new Api(d, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in through {@code POST /api/v1/auth/login} and keeps the session cookie and CSRF token. */
    public static Api session(Distribution d, String username, String password) {
        Api api = new Api(d, null);
        Reply r = api.post("/api/v1/auth/login", json("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + r);
        }
        String setCookie = r.header("Set-Cookie");
        api.cookie = setCookie.substring(0, setCookie.indexOf(';'));
        api.csrf = r.text("csrfToken");
        return api;
    }

    /** This session without its CSRF token, as a forged cross-site request would be. */
    public Api withoutCsrf() {
        Api forged = new Api(distribution, null);
        forged.cookie = cookie;
        return forged;
    }

    /** This caller with one more header on every request, e.g. the {@code Origin} a browser sends. */
    public Api withHeader(String name, String value) {
        Api copy = new Api(distribution, basic);
        copy.cookie = cookie;
        copy.csrf = csrf;
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply patch(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, for the odd cases (other content types, methods). */
    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    /** Any request with a binary body, e.g. an uploaded file. */
    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A binary answer (a PDF, say), asked for with {@code Accept: accept}. */
    public HttpResponse<byte[]> download(String path, String accept) {
        try {
            return HTTP.send(request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(distribution.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (basic != null) {
            b.header("Authorization", basic);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        headers.forEach(b::header);
        return b;
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            JsonNode json = body == null || body.isBlank() || !body.trim().startsWith("{") && !body.trim().startsWith("[")
                    ? JSON.nullNode() : JSON.readTree(body);
            return new Reply(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from alternating names and values (values: String, Boolean, Number, List or null). */
    public static String json(Object... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return node.toString();
    }

    /** Shorthand for a list value in {@link #json}. */
    public static List<String> list(String... values) {
        return List.of(values);
    }
}
