package org.alliance.core.internal.rest;

import javax.ws.rs.core.Application;
import org.alliance.spi.rest.AllianceRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application every module's resources join, at {@code /api}. It is served only
 * while core's JSON, authentication and error extensions are present, so no resource can ever
 * be reached unauthenticated or answer with a stack trace.
 */
@Component(service = Application.class)
@JaxrsName(AllianceRest.APPLICATION_NAME)
@JaxrsApplicationBase(AllianceRest.APPLICATION_BASE)
@JaxrsExtensionSelect({"(osgi.jaxrs.name=alliance.json)", "(osgi.jaxrs.name=alliance.authentication)",
        "(osgi.jaxrs.name=alliance.problems)", "(osgi.jaxrs.name=alliance.unexpected)"})
public class AllianceApplication extends Application {
}
