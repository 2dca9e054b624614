package org.alliance.scheduling.internal;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current scheduling rules. Changes apply at once ({@code @Modified}) without restarting
 * the services that read them; values outside their range are clamped and logged, so a typo
 * cannot stop the calendar.
 */
@Component(service = SchedulingSettings.class, configurationPid = SchedulingConfiguration.PID)
@Designate(ocd = SchedulingConfiguration.class)
public class SchedulingSettings {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingSettings.class);

    /** The values in force, replaced as a whole. */
    public record Values(Duration lateWindow, Duration reminderLead, int seriesHorizonMonths) {
    }

    private volatile Values values;

    @Activate
    public SchedulingSettings(SchedulingConfiguration config) {
        apply(config);
    }

    /** Fixed values, for tests. */
    public static SchedulingSettings of(Values values) {
        return new SchedulingSettings(values);
    }

    SchedulingSettings(Values values) {
        this.values = values;
    }

    @Modified
    void apply(SchedulingConfiguration c) {
        values = new Values(Duration.ofHours(clamp("lateCancellationHours", c.lateCancellationHours(), 0, 336)),
                Duration.ofHours(clamp("reminderHoursBefore", c.reminderHoursBefore(), 0, 168)),
                clamp("seriesHorizonMonths", c.seriesHorizonMonths(), 1, 24));
    }

    public Values values() {
        return values;
    }

    private static int clamp(String name, int value, int min, int max) {
        int clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) {
            LOG.warn("Scheduling setting {}={} is out of range {}..{}; using {}", name, value, min, max, clamped);
        }
        return clamped;
    }
}
