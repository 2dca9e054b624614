package org.alliance.termination.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ending rules in force. Changes apply at once ({@code @Modified}); values out of range are
 * clamped and logged, so a typo cannot stop the workflow.
 */
@Component(service = TerminationSettings.class, configurationPid = TerminationConfiguration.PID)
@Designate(ocd = TerminationConfiguration.class)
public class TerminationSettings {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSettings.class);

    /** The values in force, replaced as a whole; also the body of {@code GET /api/v1/termination/policy}. */
    public record Policy(int minimumNoticeDays, int minimumClosureSessions, int atRiskDays) {
    }

    private volatile Policy policy;

    @Activate
    public TerminationSettings(TerminationConfiguration config) {
        apply(config);
    }

    TerminationSettings(Policy policy) {
        this.policy = policy;
    }

    /** Fixed values, for tests. */
    public static TerminationSettings of(Policy policy) {
        return new TerminationSettings(policy);
    }

    @Modified
    void apply(TerminationConfiguration c) {
        policy = new Policy(clamp("minimumNoticeDays", c.minimumNoticeDays(), 0, 180),
                clamp("minimumClosureSessions", c.minimumClosureSessions(), 0, 20), clamp("atRiskDays", c.atRiskDays(), 7, 365));
    }

    public Policy policy() {
        return policy;
    }

    private static int clamp(String name, int value, int min, int max) {
        int clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) {
            LOG.warn("Termination setting {}={} is out of range {}..{}; using {}", name, value, min, max, clamped);
        }
        return clamped;
    }
}
