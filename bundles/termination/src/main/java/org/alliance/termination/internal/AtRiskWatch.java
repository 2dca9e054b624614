package org.alliance.termination.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for engagements at risk of abandonment a minute after start and then every six hours,
 * and tells each therapist once per engagement and at-risk spell (in the app; the message names
 * no client). Stops with the module.
 */
@Component(service = {})
public class AtRiskWatch {

    private static final Logger LOG = LoggerFactory.getLogger(AtRiskWatch.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alliance-termination-at-risk");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public AtRiskWatch(@Reference TerminationServiceImpl termination) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                int told = termination.notifyAtRisk();
                if (told > 0) {
                    LOG.info("Told therapists about {} engagement(s) newly at risk of abandonment", told);
                }
            } catch (RuntimeException e) {
                LOG.warn("Looking for engagements at risk failed; trying again in six hours", e);
            }
        }, 1, 6 * 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
