package org.alliance.core.internal.security;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.alliance.api.core.UserService;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@value #NAME} over Alliance's user store, so that the Karaf web console and
 * SSH console accept practice accounts (etc/ configures both to require the admin role).
 */
@Component(service = JaasRealm.class)
public class AllianceJaasRealm implements JaasRealm {

    public static final String NAME = "alliance";
    static final String USER_SERVICE_OPTION = "alliance.userService";

    private final AppConfigurationEntry[] entries;

    @Activate
    public AllianceJaasRealm(BundleContext context, @Reference UserService users) {
        Map<String, Object> options = new HashMap<>();
        // Karaf's proxy loads the module class from this bundle, so it need not be exported.
        options.put(ProxyLoginModule.PROPERTY_MODULE, AllianceLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(USER_SERVICE_OPTION, users);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
