package org.alliance.core.internal.rest;

import javax.ws.rs.core.Response;
import org.alliance.spi.rest.AllianceRest;

/**
 * An RFC 9457 problem body.
 *
 * @param field      the offending input field for a 400, else {@code null} (omitted from JSON)
 * @param violations each unmet rule of a 422, else {@code null} (omitted from JSON)
 */
public record Problem(String type, String title, int status, String detail, String field, java.util.List<String> violations) {

    public static Response response(int status, String title, String detail, String field) {
        return response(status, title, detail, field, null);
    }

    public static Response response(int status, String title, String detail, String field, java.util.List<String> violations) {
        return Response.status(status).type(AllianceRest.PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, field, violations)).build();
    }
}
