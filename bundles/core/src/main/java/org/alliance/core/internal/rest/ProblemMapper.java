package org.alliance.core.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.alliance.api.core.AllianceException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.TooManyAttemptsException;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Answers the services' expected failures with the status and message they carry. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("alliance.problems")
@JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<AllianceException> {

    @Override
    public Response toResponse(AllianceException e) {
        Response r = Problem.response(e.status(), e.title(), e.getMessage(),
                e instanceof InvalidInputException invalid ? invalid.field() : null,
                e instanceof RuleViolationException rule ? rule.violations() : null);
        if (e instanceof TooManyAttemptsException tooMany) {
            return Response.fromResponse(r).header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds())).build();
        }
        return r;
    }
}
