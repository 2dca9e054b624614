package org.alliance.core.internal.modules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.alliance.api.core.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the JAX-RS whiteboard when it has lost track of Alliance's REST services.
 *
 * <p>Aries JAX-RS Whiteboard 2.0.2 corrupts its own state (a ConcurrentModificationException
 * in component-dsl) when services arrive on several threads at once, which happens now and
 * then during a restart from the bundle cache; from then on it serves none of the
 * application's resources, and health stays DOWN. Restarting the whiteboard bundle rebuilds
 * its state from the services registered at that moment. The watchdog does that when some
 * Alliance REST service has been registered but unserved for {@value #PATIENCE_CHECKS} checks
 * in a row ({@value #CHECK_SECONDS} s apart), at most {@value #MAX_RESTARTS} times an hour.
 * Services the whiteboard lists as failed are left alone: that is their fault, not its. It
 * holds no reference to the whiteboard, so it outlives the restart it causes.
 */
@Component(immediate = true, service = RestWatchdog.class)
public class RestWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(RestWatchdog.class);
    static final int CHECK_SECONDS = 5;
    static final int PATIENCE_CHECKS = 4;
    static final int MAX_RESTARTS = 3;

    private final BundleContext context;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "alliance-rest-watchdog"));
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private int unservedChecks;

    @Activate
    public RestWatchdog(BundleContext context) {
        this.context = context;
        timer.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void check() {
        try {
            ServiceReference<JaxrsServiceRuntime> ref = context.getServiceReference(JaxrsServiceRuntime.class);
            JaxrsServiceRuntime jaxrs = ref == null ? null : context.getService(ref);
            if (jaxrs == null) {
                unservedChecks = 0;
                return;
            }
            try {
                String missing = firstUnserved(jaxrs);
                unservedChecks = missing == null ? 0 : unservedChecks + 1;
                if (unservedChecks >= PATIENCE_CHECKS) {
                    unservedChecks = 0;
                    restart(ref.getBundle(), missing);
                }
            } finally {
                context.ungetService(ref);
            }
        } catch (RuntimeException e) {
            LOG.debug("REST watchdog check skipped", e);
        }
    }

    private String firstUnserved(JaxrsServiceRuntime jaxrs) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE && bundle.getHeaders("").get(ModuleRegistry.MODULE_HEADER) != null) {
                try {
                    List<String> missing = RestServing.unknown(bundle, jaxrs);
                    if (!missing.isEmpty()) {
                        return missing.get(0);
                    }
                } catch (IllegalStateException describingFailed) {
                    return null; // Aries throws while it rebuilds an application: not a sign of lost state
                }
            }
        }
        return null;
    }

    private void restart(Bundle whiteboard, String missing) {
        Instant now = Instant.now();
        while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            restarts.removeFirst();
        }
        if (restarts.size() >= MAX_RESTARTS) {
            LOG.error("The JAX-RS whiteboard still does not serve {}; not restarting it again this hour."
                    + " Restart the server.", missing);
            return;
        }
        restarts.addLast(now);
        LOG.warn("The JAX-RS whiteboard has not served {} for {} s; restarting {} to rebuild it.", missing,
                CHECK_SECONDS * PATIENCE_CHECKS, whiteboard.getSymbolicName());
        try {
            whiteboard.stop(Bundle.STOP_TRANSIENT);
            whiteboard.start(Bundle.START_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            LOG.error("Could not restart {}: {}", whiteboard.getSymbolicName(), e.getMessage());
        }
    }
}
