package org.alliance.core.internal.rest;

import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else. JAX-RS's own errors (unknown path, wrong method, unsupported media type)
 * keep their status with a problem body; anything unexpected becomes a 500 whose body holds
 * only a reference, and the exception is logged once under that reference.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("alliance.unexpected")
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.hasEntity() && AllianceRest.PROBLEM_JSON.equals(String.valueOf(original.getMediaType()))) {
                return original;
            }
            int status = original.getStatus();
            return Problem.response(status, original.getStatusInfo().getReasonPhrase(), detailFor(status), null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        return Problem.response(500, "Internal Server Error",
                "Something went wrong on the server. It has been logged with reference " + reference + ".", null);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no such resource. If it belongs to a module, the module may not be installed.";
            case 405 -> "This resource does not accept that HTTP method.";
            case 406 -> "This resource answers in JSON only (Accept: application/json).";
            case 415 -> "Send the body as JSON with Content-Type: application/json.";
            default -> "The request could not be processed.";
        };
    }
}
