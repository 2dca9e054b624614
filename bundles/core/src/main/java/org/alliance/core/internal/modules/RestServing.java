package org.alliance.core.internal.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/** Which JAX-RS services a bundle registered that the whiteboard is not serving. */
final class RestServing {

    private RestServing() {
    }

    /**
     * The component names of the bundle's JAX-RS resources, extensions and applications missing
     * from the whiteboard's runtime view; empty when all are served.
     *
     * @throws IllegalStateException when the whiteboard cannot describe itself right now (Aries
     *                               throws while it rebuilds an application); try again later
     */
    static List<String> unserved(Bundle bundle, JaxrsServiceRuntime jaxrs) {
        return missing(bundle, jaxrs, false);
    }

    /**
     * Like {@link #unserved}, but only the services the whiteboard does not even list as failed:
     * those it has lost track of. A service it rejected (a bad path, a missing extension) is a
     * fault of that service, which restarting the whiteboard would not cure.
     */
    static List<String> unknown(Bundle bundle, JaxrsServiceRuntime jaxrs) {
        return missing(bundle, jaxrs, true);
    }

    private static List<String> missing(Bundle bundle, JaxrsServiceRuntime jaxrs, boolean failedCountAsKnown) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered == null) {
            return List.of();
        }
        Set<Long> served = servedIds(jaxrs, failedCountAsKnown);
        List<String> missing = new ArrayList<>();
        for (ServiceReference<?> ref : registered) {
            boolean rest = Boolean.parseBoolean(String.valueOf(ref.getProperty("osgi.jaxrs.resource")))
                    || Boolean.parseBoolean(String.valueOf(ref.getProperty("osgi.jaxrs.extension")))
                    || ref.getProperty("osgi.jaxrs.application.base") != null;
            if (rest && !served.contains((Long) ref.getProperty(Constants.SERVICE_ID))) {
                missing.add(String.valueOf(ref.getProperty("component.name")));
            }
        }
        return missing;
    }

    private static Set<Long> servedIds(JaxrsServiceRuntime jaxrs, boolean includeFailed) {
        RuntimeDTO runtime;
        try {
            runtime = jaxrs.getRuntimeDTO();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The JAX-RS whiteboard cannot describe itself right now", e);
        }
        Set<Long> served = new HashSet<>();
        for (ApplicationDTO app : runtime.applicationDTOs) {
            served.add(app.serviceId);
            Arrays.stream(app.resourceDTOs).forEach(r -> served.add(r.serviceId));
            Arrays.stream(app.extensionDTOs).forEach(e -> served.add(e.serviceId));
        }
        if (includeFailed) {
            Arrays.stream(runtime.failedApplicationDTOs).forEach(f -> served.add(f.serviceId));
            Arrays.stream(runtime.failedResourceDTOs).forEach(f -> served.add(f.serviceId));
            Arrays.stream(runtime.failedExtensionDTOs).forEach(f -> served.add(f.serviceId));
        }
        return served;
    }
}
