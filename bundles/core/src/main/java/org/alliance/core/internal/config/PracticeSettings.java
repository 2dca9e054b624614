package org.alliance.core.internal.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import org.alliance.api.core.Practice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validated practice settings. A configuration change is applied in place
 * ({@link Modified}), so the components that hold this service are not restarted.
 * Out-of-range values are clamped and logged rather than refused, so a typo in the console
 * cannot take the practice offline.
 */
@Component(service = {Practice.class, PracticeSettings.class}, configurationPid = PracticeConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PracticeConfiguration.class)
public class PracticeSettings implements Practice {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeSettings.class);

    private volatile Values values;

    /** The settings as one immutable snapshot. */
    public record Values(String name, ZoneId zone, Duration sessionIdle, int passwordMinLength,
            int loginMaxFailures, Duration breakGlass, CompetencePolicy competencePolicy) {
    }

    @Activate
    public PracticeSettings(PracticeConfiguration config) {
        this.values = validate(config);
    }

    @Modified
    public void modified(PracticeConfiguration config) {
        this.values = validate(config);
    }

    /** The current settings. */
    public Values values() {
        return values;
    }

    @Override
    public String name() {
        return values.name();
    }

    @Override
    public ZoneId zone() {
        return values.zone();
    }

    static Values validate(PracticeConfiguration c) {
        ZoneId zone;
        try {
            zone = ZoneId.of(c.timeZone().trim());
        } catch (DateTimeException e) {
            LOG.error("Time zone '{}' is not a valid IANA id; using UTC until it is corrected", c.timeZone());
            zone = ZoneId.of("UTC");
        }
        String name = c.name() == null || c.name().isBlank() ? "Alliance Practice" : c.name().trim();
        return new Values(name, zone,
                Duration.ofMinutes(clamp("sessionIdleMinutes", c.sessionIdleMinutes(), 1, 480)),
                clamp("passwordMinLength", c.passwordMinLength(), 8, 128),
                clamp("loginMaxFailures", c.loginMaxFailures(), 1, 100),
                Duration.ofMinutes(clamp("breakGlassMinutes", c.breakGlassMinutes(), 5, 24 * 60)),
                c.competencePolicy() == null ? CompetencePolicy.WARN : c.competencePolicy());
    }

    private static int clamp(String name, int value, int min, int max) {
        int clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) {
            LOG.warn("{}={} is outside {}..{}; using {}", name, value, min, max, clamped);
        }
        return clamped;
    }
}
