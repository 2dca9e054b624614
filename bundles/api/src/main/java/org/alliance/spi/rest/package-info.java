/**
 * How a module contributes REST resources to the one Alliance JAX-RS application at
 * {@code /api}. A resource is a Declarative Services component registered through the OSGi
 * JAX-RS Whiteboard:
 *
 * <pre>
 * &#64;Component(service = AppointmentResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(AllianceRest.APPLICATION_SELECT)
 * &#64;Path("/v1/scheduling/appointments")
 * public class AppointmentResource { ... }
 * </pre>
 *
 * <p>Core authenticates every request before it reaches a resource (session cookie with CSRF
 * token, or HTTP Basic) unless the method is marked {@link org.alliance.spi.rest.Anonymous};
 * the resource reads the actor with {@link org.alliance.spi.rest.ActorPrincipal#actorOf}.
 * JSON (Jackson, records and java.time supported; unknown fields refused) and the mapping
 * of {@link org.alliance.api.core.AllianceException}s to RFC 9457 problems come from core.
 */
@Export
@Version("1.0.0")
package org.alliance.spi.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
