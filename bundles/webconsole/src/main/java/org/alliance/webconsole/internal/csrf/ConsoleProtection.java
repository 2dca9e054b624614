package org.alliance.webconsole.internal.csrf;

import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The console protection settings as one immutable snapshot. Kept apart from
 * {@link ConsoleOriginGuard} because a configuration change would otherwise change the guard's
 * service properties, and Pax Web re-registers a whiteboard element whose properties change.
 */
@Component(service = ConsoleProtection.class, configurationPid = ConsoleProtectionConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ConsoleProtectionConfiguration.class)
public class ConsoleProtection {

    /** What the guard applies: which paths, and the check. */
    public record Settings(String consolePath, OriginCheck check) {
    }

    private volatile Settings settings;

    @Activate
    public ConsoleProtection(ConsoleProtectionConfiguration config) {
        this.settings = settings(config);
    }

    @Modified
    void modified(ConsoleProtectionConfiguration config) {
        this.settings = settings(config);
    }

    public Settings settings() {
        return settings;
    }

    static Settings settings(ConsoleProtectionConfiguration config) {
        String path = config.consolePath() == null || config.consolePath().isBlank() ? "/system/console"
                : config.consolePath().trim();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // A .cfg file holds one string per key: "https://a.example, https://b.example" lists two.
        List<String> origins = Arrays.stream(config.allowedOrigins()).flatMap(o -> Arrays.stream(o.split("[,\\s]+")))
                .filter(o -> !o.isEmpty()).toList();
        return new Settings(path, new OriginCheck(origins, config.requireOrigin()));
    }
}
